using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>Names a representative of one side; each side names its own (the union its negotiators, the employer its own).</summary>
public sealed record AddRepresentativeCommand : ICommand<int>
{
    public int AgreementId { get; init; }
    public BargainingSide Side { get; init; }
    public string Name { get; init; } = "";
    public string? Post { get; init; }
    public bool IsChief { get; init; }
}

public sealed class AddRepresentativeValidator : AbstractValidator<AddRepresentativeCommand>
{
    public AddRepresentativeValidator()
    {
        RuleFor(c => c.Side).IsInEnum().WithMessage("请选择代表所属的一方。");
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写代表姓名。")
            .MaximumLength(AgreementRepresentative.NameMaxLength).WithMessage($"姓名最多 {AgreementRepresentative.NameMaxLength} 个字。");
        RuleFor(c => c.Post).MaximumLength(100).WithMessage("职务最多 100 个字。");
    }
}

public sealed class AddRepresentativeHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddRepresentativeCommand, int>
{
    public async Task<int> Handle(AddRepresentativeCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureActs(request.Side, agreement.EnterpriseId);
        agreement.AddRepresentative(request.Side, request.Name, request.Post, request.IsChief);
        await db.SaveChangesAsync(cancellationToken);
        return agreement.Representatives.Single(r => r.Side == request.Side && r.Name == request.Name.Trim()).Id;
    }
}

public sealed record RemoveRepresentativeCommand(int AgreementId, int RepresentativeId) : ICommand<int>;

public sealed class RemoveRepresentativeHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<RemoveRepresentativeCommand, int>
{
    public async Task<int> Handle(RemoveRepresentativeCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        var representative = agreement.Representatives.SingleOrDefault(r => r.Id == request.RepresentativeId)
            ?? throw new NotFoundException("AgreementRepresentative", request.RepresentativeId);
        user.EnsureActs(representative.Side, agreement.EnterpriseId);
        agreement.RemoveRepresentative(request.RepresentativeId);
        return agreement.Id;
    }
}
