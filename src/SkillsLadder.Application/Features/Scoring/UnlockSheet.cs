using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// The chief judge's audited unlock of a verified or locked sheet back to draft; the reason stays in its history.
/// While the whole competition is locked the competition must be unlocked first (the lifecycle command).
/// </summary>
public sealed record UnlockSheetCommand : ICommand<SheetStepResult>
{
    public int CompetitionId { get; init; }
    public int PanelId { get; init; }
    public int EntrantId { get; init; }
    public int? JudgeId { get; init; }
    public int? Version { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class UnlockSheetValidator : AbstractValidator<UnlockSheetCommand>
{
    public UnlockSheetValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("解锁须写明理由。")
            .MaximumLength(ScoreChange.ReasonMaxLength).WithMessage($"理由最多 {ScoreChange.ReasonMaxLength} 个字。");
}

public sealed class UnlockSheetHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UnlockSheetCommand, SheetStepResult>
{
    public async Task<SheetStepResult> Handle(UnlockSheetCommand request, CancellationToken cancellationToken)
    {
        var target = await db.ResolveSheetAsync(user, request.CompetitionId, request.PanelId, request.EntrantId, request.JudgeId, cancellationToken);
        target.Official.EnsureChief();
        if (target.CompetitionStatus > CompetitionStatus.Marking)
            throw new DomainException("competition.locked", "竞赛已锁定：须先由裁判长解锁竞赛（回到评分阶段），再解锁评分表。");
        SheetAccess.EnsureMarking(target.CompetitionStatus);
        var sheet = await db.TrackedSheetAsync(target, request.Version, cancellationToken);
        sheet.Unlock(user.UserName ?? "?", clock.GetUtcNow().UtcDateTime, request.Reason);
        await db.SaveChangesAsync(cancellationToken); // a changed sheet is ranked through StandingsChangeHook (see SaveMarks)
        return new SheetStepResult(sheet.Id, sheet.Status, sheet.Version);
    }
}
