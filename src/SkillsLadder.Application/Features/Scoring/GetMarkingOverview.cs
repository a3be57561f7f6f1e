using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// Who still has to mark whom. A judge sees their own panels and the entrants they must mark (active, not recused);
/// the chief judge and organizers see every panel as an entrant × judge matrix with counts.
/// </summary>
public sealed record GetMarkingOverviewQuery(int CompetitionId, int? PanelId = null) : IRequest<MarkingOverview>;

public sealed record MarkingOverview(int CompetitionId, CompetitionStatus Status, bool SeesAll, IReadOnlyList<PanelOverview> Panels);

public sealed record PanelOverview(int PanelId, string Name, IReadOnlyList<JudgeColumn> Judges, IReadOnlyList<EntrantRow> Entrants, SheetCounts Counts);

public sealed record JudgeColumn(int JudgeId, string FullName, bool IsChief);

public sealed record EntrantRow(int EntrantId, int Bib, string Name, IReadOnlyList<SheetCell> Sheets, bool GapFlagged);

/// <summary>One judge's sheet for one entrant: Recused cells are never to be marked; Missing ones are still to do.</summary>
public sealed record SheetCell(int JudgeId, SheetCellState State, int? SheetId, int Version);

public enum SheetCellState { Missing = 0, Draft = 1, Submitted = 2, Verified = 3, Locked = 4, Recused = 9 }

public sealed record SheetCounts(int Missing, int Draft, int Submitted, int Verified, int Locked);

public sealed class GetMarkingOverviewHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetMarkingOverviewQuery, MarkingOverview>
{
    public async Task<MarkingOverview> Handle(GetMarkingOverviewQuery request, CancellationToken cancellationToken)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, cancellationToken);
        var seesAll = official.IsOrganizer || official.IsChief;
        var status = await db.Competitions.Where(c => c.Id == request.CompetitionId).Select(c => c.Status).SingleAsync(cancellationToken);
        var board = await MarkingBoard.LoadAsync(db, request.CompetitionId, request.PanelId, null, cancellationToken);
        // A recused chief judge sees the matrix without the entrants they are recused from, like any recused judge.
        var hidden = await db.HiddenEntrantsAsync(official, request.CompetitionId, cancellationToken);
        var entrants = (await db.Entrants.AsNoTracking()
            .Where(e => e.CompetitionId == request.CompetitionId && e.Status == EntrantStatus.Active)
            .OrderBy(e => e.Bib).Select(e => new { e.Id, e.Bib }).ToListAsync(cancellationToken)).Where(e => !hidden.Contains(e.Id)).ToList();
        var names = await db.EntrantNamesAsync(entrants.Select(e => e.Id).ToList(), cancellationToken);

        var panels = new List<PanelOverview>();
        foreach (var panel in board.Panels)
        {
            var judgeIds = seesAll ? panel.JudgeIds : panel.JudgeIds.Where(id => id == official.Seat?.Id).ToList();
            if (judgeIds.Count == 0) continue;
            var judges = judgeIds.Select(id => board.Judges[id]).OrderBy(j => j.FullName)
                .Select(j => new JudgeColumn(j.Id, j.FullName, j.IsChief)).ToList();
            var rows = entrants
                // A plain judge is never shown an entrant they are recused from.
                .Where(e => seesAll || !board.Recused(judges[0].JudgeId, e.Id))
                .Select(e => new EntrantRow(e.Id, e.Bib, names.GetValueOrDefault(e.Id, ""),
                    judges.Select(j => Cell(board, panel.Id, j.JudgeId, e.Id)).ToList(),
                    board.Spreads(panel, e.Id).Any(s => s.Flagged)))
                .ToList();
            var cells = rows.SelectMany(r => r.Sheets).ToList();
            int Count(SheetCellState state) => cells.Count(c => c.State == state);
            panels.Add(new PanelOverview(panel.Id, panel.Name, judges, rows, new SheetCounts(
                Count(SheetCellState.Missing), Count(SheetCellState.Draft), Count(SheetCellState.Submitted),
                Count(SheetCellState.Verified), Count(SheetCellState.Locked))));
        }
        return new MarkingOverview(request.CompetitionId, status, seesAll, panels);
    }

    private static SheetCell Cell(MarkingBoard board, int panelId, int judgeId, int entrantId)
    {
        if (board.Recused(judgeId, entrantId)) return new SheetCell(judgeId, SheetCellState.Recused, null, 0);
        var sheet = board.SheetOf(panelId, judgeId, entrantId);
        return sheet is null
            ? new SheetCell(judgeId, SheetCellState.Missing, null, 0)
            : new SheetCell(judgeId, (SheetCellState)(int)sheet.Status, sheet.Id, sheet.Version);
    }
}
