using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Results;

/// <summary>One source's value for an aspect: a judge (null when recused or not counted) or an imported exam result.</summary>
internal sealed record SourcedValue(string Source, Mark? Value, bool Recused);

internal static class BreakdownValues
{
    public const string ExamSource = "理论考试导入";

    /// <summary>
    /// Per aspect id, every source for one entrant: each judge of the panel that marks the aspect (recused ones with no
    /// value, drafts not counted), then any imported exam result. Judges in name order, as on the sheets.
    /// </summary>
    public static async Task<Dictionary<int, List<SourcedValue>>> LoadAsync(SkillsLadderDbContext db, int competitionId, int entrantId, CancellationToken ct)
    {
        var board = await MarkingBoard.LoadAsync(db, competitionId, null, entrantId, ct);
        var result = new Dictionary<int, List<SourcedValue>>();
        foreach (var panel in board.Panels)
        foreach (var spread in board.Spreads(panel, entrantId))
        {
            var list = result.TryGetValue(spread.Aspect.Id, out var existing) ? existing : result[spread.Aspect.Id] = [];
            foreach (var judgeId in panel.JudgeIds.OrderBy(j => board.Judges[j].FullName))
            {
                var value = spread.Values.FirstOrDefault(v => v.JudgeId == judgeId && v.Status != SheetStatus.Draft);
                list.Add(new SourcedValue(board.Judges[judgeId].FullName, value?.Value, board.Recused(judgeId, entrantId)));
            }
        }
        var imported = await db.ScoreSheets.AsNoTracking().Include(s => s.Entries)
            .Where(s => s.CompetitionId == competitionId && s.EntrantId == entrantId && s.Source == SheetSource.ExamImport && s.Status != SheetStatus.Draft)
            .ToListAsync(ct);
        foreach (var entry in imported.SelectMany(s => s.Entries))
            (result.TryGetValue(entry.AspectId, out var list) ? list : result[entry.AspectId] = []).Add(new SourcedValue(ExamSource, entry.Value, false));
        return result;
    }
}
