using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>The assigned reviewer steps aside with a reason (a conflict the directory cannot see); the nomination returns to the queue.</summary>
public sealed record RecuseReviewerCommand(int NominationId, string Reason) : ICommand<int>;

public sealed class RecuseReviewerValidator : AbstractValidator<RecuseReviewerCommand>
{
    public RecuseReviewerValidator() => RuleFor(c => c.Reason).Must(r => r?.Trim().Length >= 2).WithMessage("请填写回避理由。")
        .MaximumLength(Nomination.ReasonMaxLength).WithMessage($"理由最多 {Nomination.ReasonMaxLength} 个字。");
}

public sealed class RecuseReviewerHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<RecuseReviewerCommand, int>
{
    public async Task<int> Handle(RecuseReviewerCommand request, CancellationToken ct)
    {
        user.EnsureFederationReviewer();
        var nomination = await db.NominationAsync(request.NominationId, ct);
        nomination.Recuse(await db.SignatureAsync(user, ct), request.Reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return nomination.Id;
    }
}
