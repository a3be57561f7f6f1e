using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>Checks every row of a theory results file, with the row number the user sees in their spreadsheet.</summary>
public static class TheoryRows
{
    public static readonly string[] BibColumns = ["参赛号", "Bib"];
    public static readonly string[] ScoreColumns = ["成绩", "Score"];

    public static (IReadOnlyList<TheoryImportRow> Rows, IReadOnlyList<string> Errors) Check(Table table, PanelAspect aspect,
        IReadOnlyDictionary<int, Entrant> entrants, IReadOnlyDictionary<int, string> names, IReadOnlyDictionary<int, ScoreSheet> sheets)
    {
        var bibColumn = Column(table, BibColumns);
        var scoreColumn = Column(table, ScoreColumns);
        if (table.Rows.Count == 0) throw RequestValidationException.For("File", "文件中没有数据行。");
        var rows = new List<TheoryImportRow>();
        var errors = new List<string>();
        var seen = new Dictionary<int, int>();
        foreach (var row in table.Rows)
        {
            var bibText = row.Get(bibColumn);
            var scoreText = row.Get(scoreColumn);
            if (!int.TryParse(bibText, out var bib))
            {
                errors.Add($"第 {row.Number} 行：参赛号“{bibText}”不是整数。");
                continue;
            }
            if (seen.TryGetValue(bib, out var first))
            {
                errors.Add($"第 {row.Number} 行：参赛号 {bib} 与第 {first} 行重复。");
                continue;
            }
            seen[bib] = row.Number;
            if (!entrants.TryGetValue(bib, out var entrant))
            {
                errors.Add($"第 {row.Number} 行：本赛没有参赛号 {bib}。");
                continue;
            }
            if (entrant.Status != EntrantStatus.Active)
            {
                errors.Add($"第 {row.Number} 行：{bib} 号已退赛，不能录入成绩。");
                continue;
            }
            if (MarkEntries.Problem(aspect, scoreText) is { } problem)
            {
                errors.Add($"第 {row.Number} 行：成绩 {problem}");
                continue;
            }
            Mark.TryParse(scoreText, out var score);
            var sheet = sheets.GetValueOrDefault(entrant.Id);
            if (sheet?.Status is SheetStatus.Verified or SheetStatus.Locked)
            {
                errors.Add($"第 {row.Number} 行：{bib} 号的理论成绩已复核或锁定，如需更正须由裁判长先解锁。");
                continue;
            }
            var previous = sheet?.Entries.SingleOrDefault(e => e.AspectId == aspect.Id)?.Value;
            var outcome = sheet is null ? TheoryRowOutcome.Create
                : previous == score && sheet.Status == SheetStatus.Submitted ? TheoryRowOutcome.Unchanged
                : TheoryRowOutcome.Update;
            rows.Add(new TheoryImportRow(row.Number, bib, names.GetValueOrDefault(entrant.Id, ""), score.Value, previous?.Value, outcome));
        }
        return (rows, errors);
    }

    private static string Column(Table table, string[] accepted) =>
        table.Headers.FirstOrDefault(h => accepted.Contains(h, StringComparer.OrdinalIgnoreCase))
        ?? throw RequestValidationException.For("File", $"缺少“{accepted[0]}”列（也可写作 {accepted[1]}）。");
}
