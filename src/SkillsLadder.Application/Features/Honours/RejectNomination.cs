using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>Rejects with a written reason (the assigned reviewer, or the second reviewer); the worker is told.</summary>
public sealed record RejectNominationCommand(int NominationId, string Reason) : ICommand<int>;

public sealed class RejectNominationValidator : AbstractValidator<RejectNominationCommand>
{
    public RejectNominationValidator() => RuleFor(c => c.Reason).Must(r => r?.Trim().Length >= 2).WithMessage("请填写驳回理由。")
        .MaximumLength(Nomination.ReasonMaxLength).WithMessage($"理由最多 {Nomination.ReasonMaxLength} 个字。");
}

public sealed class RejectNominationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<RejectNominationCommand, int>
{
    public async Task<int> Handle(RejectNominationCommand request, CancellationToken ct)
    {
        user.EnsureFederationReviewer();
        var nomination = await db.NominationAsync(request.NominationId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        nomination.Reject(await db.SignatureAsync(user, ct), request.Reason, now);
        await db.TellWorkerAsync(nomination, now, ct);
        await db.SaveChangesAsync(ct);
        return nomination.Id;
    }
}
