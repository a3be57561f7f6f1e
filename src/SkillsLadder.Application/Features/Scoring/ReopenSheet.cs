using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// A submitted sheet back to draft before anyone verified it: a slip the judge noticed, or a re-score the chief judge
/// asked for after a disagreement. After verification only the chief judge's unlock (with a reason) reopens it.
/// </summary>
public sealed record ReopenSheetCommand : ICommand<SheetStepResult>
{
    public int CompetitionId { get; init; }
    public int PanelId { get; init; }
    public int EntrantId { get; init; }
    public int? JudgeId { get; init; }
    public int? Version { get; init; }
    public string? Reason { get; init; }
}

public sealed class ReopenSheetValidator : AbstractValidator<ReopenSheetCommand>
{
    public ReopenSheetValidator() =>
        RuleFor(c => c.Reason).MaximumLength(ScoreChange.ReasonMaxLength).WithMessage($"理由最多 {ScoreChange.ReasonMaxLength} 个字。");
}

public sealed class ReopenSheetHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReopenSheetCommand, SheetStepResult>
{
    public async Task<SheetStepResult> Handle(ReopenSheetCommand request, CancellationToken cancellationToken)
    {
        var target = await db.ResolveSheetAsync(user, request.CompetitionId, request.PanelId, request.EntrantId, request.JudgeId, cancellationToken);
        SheetAccess.EnsureMarking(target.CompetitionStatus);
        var sheet = await db.TrackedSheetAsync(target, request.Version, cancellationToken);
        sheet.Reopen(user.UserName ?? "?", clock.GetUtcNow().UtcDateTime, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim());
        await db.SaveChangesAsync(cancellationToken); // a changed sheet is ranked through StandingsChangeHook (see SaveMarks)
        return new SheetStepResult(sheet.Id, sheet.Status, sheet.Version);
    }
}
