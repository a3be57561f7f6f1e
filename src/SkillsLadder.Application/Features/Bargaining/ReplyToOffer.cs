using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>The written reply to the offer (within 20 days by default), given by the side that did not make it.</summary>
public sealed record ReplyToOfferCommand : ICommand<int>
{
    public int AgreementId { get; init; }
    public int? Version { get; init; }
    public DateOnly? RepliedOn { get; init; }
}

public sealed class ReplyToOfferValidator : AbstractValidator<ReplyToOfferCommand>
{
    public ReplyToOfferValidator(TimeProvider clock) =>
        RuleFor(c => c.RepliedOn).NotNull().WithMessage("请填写回应日期。").Must(d => d <= clock.Today()).WithMessage("回应日期不能晚于今天。");
}

public sealed class ReplyToOfferHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<ReplyToOfferCommand, int>
{
    public async Task<int> Handle(ReplyToOfferCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        var replying = agreement.OfferedBy == BargainingSide.Union ? BargainingSide.Employer : BargainingSide.Union;
        user.EnsureActs(replying, agreement.EnterpriseId);
        db.ExpectVersion(agreement, request.Version);
        agreement.Reply(request.RepliedOn!.Value);
        return agreement.Id;
    }
}
