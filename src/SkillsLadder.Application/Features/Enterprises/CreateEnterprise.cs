using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Features.Enterprises;

public sealed record CreateEnterpriseCommand : ICommand<int>, IEnterpriseFields
{
    public string Name { get; init; } = "";
    public string CreditCode { get; init; } = "";
    public int IndustryId { get; init; }
    public string District { get; init; } = "";
    public string? Address { get; init; }
}

public sealed class CreateEnterpriseValidator : AbstractValidator<CreateEnterpriseCommand>
{
    public CreateEnterpriseValidator() => Include(new EnterpriseFieldsValidator());
}

public sealed class CreateEnterpriseHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<CreateEnterpriseCommand, int>
{
    public async Task<int> Handle(CreateEnterpriseCommand request, CancellationToken cancellationToken)
    {
        user.EnsureCanEditEnterprise(enterpriseId: null);
        await EnterpriseChecks.EnsureReferencesAsync(db, request, exceptId: null, cancellationToken);
        var enterprise = new Enterprise(request.Name, request.CreditCode, request.IndustryId, request.District, request.Address);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken); // the new id is the answer; the pipeline commits
        return enterprise.Id;
    }
}
