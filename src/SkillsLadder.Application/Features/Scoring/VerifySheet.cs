using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// The second signature on a submitted sheet: an organizer, the chief judge or another judge of the panel, never the
/// official who submitted it; refused while the judges of the panel disagree beyond an aspect's allowed gap.
/// </summary>
public sealed record VerifySheetCommand : ICommand<SheetStepResult>
{
    public int CompetitionId { get; init; }
    public int PanelId { get; init; }
    public int EntrantId { get; init; }
    /// <summary>Whose sheet; the verifier is the current user.</summary>
    public int? JudgeId { get; init; }
    public int? Version { get; init; }
}

public sealed class VerifySheetHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<VerifySheetCommand, SheetStepResult>
{
    public async Task<SheetStepResult> Handle(VerifySheetCommand request, CancellationToken cancellationToken)
    {
        var target = await db.ResolveSheetAsync(user, request.CompetitionId, request.PanelId, request.EntrantId, request.JudgeId,
            cancellationToken, forVerification: true);
        SheetAccess.EnsureMarking(target.CompetitionStatus);
        var sheet = await db.TrackedSheetAsync(target, request.Version, cancellationToken);
        var board = await MarkingBoard.LoadAsync(db, request.CompetitionId, request.PanelId, request.EntrantId, cancellationToken);
        if (GapBlock(board.Spreads(target.Panel, target.Entrant.Id)) is { } refusal) throw refusal;
        sheet.Verify(user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken); // a changed sheet is ranked through StandingsChangeHook (see SaveMarks)
        return new SheetStepResult(sheet.Id, sheet.Status, sheet.Version);
    }

    /// <summary>The refusal while any aspect's spread exceeds its allowed gap (shared with verify-all).</summary>
    internal static DomainException? GapBlock(IReadOnlyList<AspectSpread> spreads)
    {
        var codes = spreads.Where(s => s.Flagged).Select(s => s.Aspect.Code).ToList();
        return codes.Count == 0 ? null : new DomainException("sheet.gap_exceeded",
            $"评分项 {string.Join("、", codes)} 的裁判分差超过允许范围，请裁判长先组织复议、消除分差后再复核。");
    }
}
