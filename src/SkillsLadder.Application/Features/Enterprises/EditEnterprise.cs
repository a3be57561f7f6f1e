using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Enterprises;

public sealed record EditEnterpriseCommand : ICommand<int>, IEnterpriseFields
{
    public int Id { get; init; }
    /// <summary>The version the editor saw; a save over someone else's newer edit is refused with 409.</summary>
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public string CreditCode { get; init; } = "";
    public int IndustryId { get; init; }
    public string District { get; init; } = "";
    public string? Address { get; init; }
}

public sealed class EditEnterpriseValidator : AbstractValidator<EditEnterpriseCommand>
{
    public EditEnterpriseValidator() => Include(new EnterpriseFieldsValidator());
}

public sealed class EditEnterpriseHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<EditEnterpriseCommand, int>
{
    public async Task<int> Handle(EditEnterpriseCommand request, CancellationToken cancellationToken)
    {
        user.EnsureCanEditEnterprise(request.Id);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", request.Id);
        await EnterpriseChecks.EnsureReferencesAsync(db, request, request.Id, cancellationToken);
        db.Entry(enterprise).Property(e => e.Version).OriginalValue = request.Version;
        enterprise.Update(request.Name, request.CreditCode, request.IndustryId, request.District, request.Address);
        return enterprise.Id;
    }
}
