using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>What a step on a sheet (submit, reopen, verify, unlock) leaves behind.</summary>
public sealed record SheetStepResult(int SheetId, SheetStatus Status, int Version);

/// <summary>The judge (or a scribe for them) hands in a complete sheet; every aspect of the panel must be marked.</summary>
public sealed record SubmitSheetCommand : ICommand<SheetStepResult>
{
    public int CompetitionId { get; init; }
    public int PanelId { get; init; }
    public int EntrantId { get; init; }
    public int? JudgeId { get; init; }
    /// <summary>The version the user saw; null skips the check (a bare API call).</summary>
    public int? Version { get; init; }
}

public sealed class SubmitSheetHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SubmitSheetCommand, SheetStepResult>
{
    public async Task<SheetStepResult> Handle(SubmitSheetCommand request, CancellationToken cancellationToken)
    {
        var target = await db.ResolveSheetAsync(user, request.CompetitionId, request.PanelId, request.EntrantId, request.JudgeId, cancellationToken);
        SheetAccess.EnsureMarking(target.CompetitionStatus);
        SheetAccess.EnsureActive(target.Entrant);
        var sheet = await db.TrackedSheetAsync(target, request.Version, cancellationToken);
        sheet.Submit(target.Panel.Aspects.Select(a => a.Id).ToList(), user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken); // a changed sheet is ranked through StandingsChangeHook (see SaveMarks)
        return new SheetStepResult(sheet.Id, sheet.Status, sheet.Version);
    }
}
