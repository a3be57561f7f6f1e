using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// The chief judge's or organizer's bulk sign-off for a panel (or the whole competition, imported theory sheets
/// included): every submitted sheet that may be verified is; the rest are listed with the reason.
/// </summary>
public sealed record VerifyAllCommand : ICommand<VerifyAllResult>
{
    public int CompetitionId { get; init; }
    public int? PanelId { get; init; }
}

public sealed record VerifyAllResult(int Verified, IReadOnlyList<SkippedSheet> Skipped);

public sealed record SkippedSheet(int SheetId, int Bib, string? PanelName, string? JudgeName, string Reason);

public sealed class VerifyAllHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<VerifyAllCommand, VerifyAllResult>
{
    public async Task<VerifyAllResult> Handle(VerifyAllCommand request, CancellationToken cancellationToken)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, cancellationToken);
        if (!official.IsOrganizer && !official.IsChief) throw new ForbiddenException("只有裁判长或组织者可以批量复核。");
        SheetAccess.EnsureMarking(await db.Competitions.Where(c => c.Id == request.CompetitionId).Select(c => c.Status).SingleAsync(cancellationToken));
        if (request.PanelId is { } panelId && !await db.JudgePanels.AnyAsync(p => p.Id == panelId && p.CompetitionId == request.CompetitionId, cancellationToken))
            throw RequestValidationException.For("PanelId", $"评分组 {panelId} 不属于本竞赛。");

        var board = await MarkingBoard.LoadAsync(db, request.CompetitionId, request.PanelId, null, cancellationToken);
        var sheets = await db.ScoreSheets
            .Where(s => s.CompetitionId == request.CompetitionId && s.Status == SheetStatus.Submitted
                        && (request.PanelId == null ? true : s.PanelId == request.PanelId))
            .ToListAsync(cancellationToken);
        var bibs = await db.Entrants.Where(e => e.CompetitionId == request.CompetitionId).ToDictionaryAsync(e => e.Id, e => e.Bib, cancellationToken);
        var by = user.UserName ?? "?";
        var now = clock.GetUtcNow().UtcDateTime;
        var skipped = new List<SkippedSheet>();
        var verified = 0;
        foreach (var sheet in sheets.OrderBy(s => bibs[s.EntrantId]))
        {
            var panel = board.Panels.SingleOrDefault(p => p.Id == sheet.PanelId);
            var judge = sheet.JudgeId is { } j ? board.Judges[j].FullName : null;
            var reason = Reason(sheet, panel, board, official.Seat?.Id, by);
            if (reason is null)
            {
                sheet.Verify(by, now);
                verified++;
            }
            else skipped.Add(new SkippedSheet(sheet.Id, bibs[sheet.EntrantId], panel?.Name, judge, reason));
        }
        // TransactionBehavior saves; StandingsChangeHook then demands the ranking of the verified sheets (see SaveMarks).
        return new VerifyAllResult(verified, skipped);
    }

    private static string? Reason(ScoreSheet sheet, PanelScope? panel, MarkingBoard board, int? seatId, string by)
    {
        if (string.Equals(sheet.SubmittedBy, by, StringComparison.OrdinalIgnoreCase))
            return "这张表由您本人提交，须由另一名官员复核。";
        if (seatId is { } seat && board.Recused(seat, sheet.EntrantId))
            return "您须回避该参赛者，不能复核。";
        if (sheet.JudgeId is { } judgeId && board.Recused(judgeId, sheet.EntrantId))
            return "该裁判须回避此参赛者，这张表不计分，请核查。";
        if (panel is not null && VerifySheetHandler.GapBlock(board.Spreads(panel, sheet.EntrantId)) is { } gap)
            return gap.Message;
        return null;
    }
}
