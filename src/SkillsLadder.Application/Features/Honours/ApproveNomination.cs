using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Approves with a written reason: first by the assigned reviewer, then, where the honour asks for it, by a different
/// reviewer. The final approval starts the public notice on the next working day.
/// </summary>
public sealed record ApproveNominationCommand(int NominationId, string Reason) : ICommand<NominationStatus>;

public sealed class ApproveNominationValidator : AbstractValidator<ApproveNominationCommand>
{
    public ApproveNominationValidator() => RuleFor(c => c.Reason).Must(r => r?.Trim().Length >= 2).WithMessage("请填写审批意见。")
        .MaximumLength(Nomination.ReasonMaxLength).WithMessage($"意见最多 {Nomination.ReasonMaxLength} 个字。");
}

public sealed class ApproveNominationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ApproveNominationCommand, NominationStatus>
{
    public async Task<NominationStatus> Handle(ApproveNominationCommand request, CancellationToken ct)
    {
        user.EnsureFederationReviewer();
        var nomination = await db.NominationAsync(request.NominationId, ct);
        var window = await db.NoticeWindowAsync(clock.Today(), nomination.NoticeWorkingDays, ct);
        nomination.Approve(await db.SignatureAsync(user, ct), request.Reason, clock.GetUtcNow().UtcDateTime, window);
        await db.SaveChangesAsync(ct);
        return nomination.Status;
    }
}
