using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>One row of a question file as read: the question it makes, or every reason it cannot be one.</summary>
public sealed record QuestionImportRow(int Row, string Kind, string Stem, string Answer, int? Points, IReadOnlyList<string> Errors)
{
    internal PracticeQuestion? Question { get; init; }
}

/// <summary>
/// The layout of a question file: 题型 (单选/多选/判断), 题干, 选项A–选项F, 答案 (letters; 对/错 or T/F for 判断), 分值.
/// Headers match ignoring case and spaces; "A"…"F" are accepted for the options.
/// </summary>
public static class QuestionImportFile
{
    public const string Kind = "题型", Stem = "题干", Answer = "答案", Points = "分值";
    public static readonly string[] Options = ["选项A", "选项B", "选项C", "选项D", "选项E", "选项F"];
    public static readonly IReadOnlyList<string> Headers = [Kind, Stem, .. Options, Answer, Points];
    public const string TemplateFileName = "question-bank-template.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Headers only: an example row would be imported by whoever forgets to delete it.</summary>
    public static byte[] Template() => XlsxWriter.Write("题库", Headers, []);

    public static IReadOnlyList<QuestionImportRow> Read(Table table)
    {
        var missing = new[] { Kind, Stem, Answer, Points }.Where(h => Find(table, h) is null).Select(h => $"缺少必填列“{h}”。").ToArray();
        if (missing.Length > 0) throw new RequestValidationException(new Dictionary<string, string[]> { ["File"] = missing });
        if (table.Rows.Count == 0) throw RequestValidationException.For("File", "文件中没有数据行（第一行为表头，从第二行起每行一题）。");
        var options = Options.Select(o => Find(table, o) ?? Find(table, o[^1..])).ToArray();
        return table.Rows.Select(row => ReadRow(table, row, options)).ToList();
    }

    private static QuestionImportRow ReadRow(Table table, TableRow row, string?[] optionColumns)
    {
        string Cell(string header) => Find(table, header) is { } h ? row.Get(h).Trim() : "";
        var (kindText, stem, answer, pointsText) = (Cell(Kind), Cell(Stem), Cell(Answer), Cell(Points));
        var errors = new List<string>();
        QuestionKind? kind = kindText switch
        {
            "单选" or "单选题" => QuestionKind.SingleChoice,
            "多选" or "多选题" => QuestionKind.MultipleChoice,
            "判断" or "判断题" => QuestionKind.TrueFalse,
            _ => null,
        };
        if (kind is null) errors.Add($"题型“{kindText}”无效，应为单选、多选或判断。");
        int? points = int.TryParse(pointsText, out var p) ? p : null;
        if (points is null) errors.Add($"分值“{pointsText}”应为 1–10 的整数。");
        // The domain's own text checks speak English; the user reads these.
        if (stem.Length == 0) errors.Add("题干不能为空。");
        else if (stem.Length > PracticeQuestion.StemMaxLength) errors.Add($"题干最长 {PracticeQuestion.StemMaxLength} 个字。");
        if (kind == QuestionKind.TrueFalse) answer = answer switch { "对" or "√" or "正确" => "T", "错" or "×" or "错误" => "F", _ => answer };
        PracticeQuestion? question = null;
        if (errors.Count == 0)
        {
            try
            {
                var options = optionColumns.Select(c => c is null ? "" : row.Get(c)).ToList();
                // The domain drops empty options, so a gap (A, B, D) would shift D onto C: refuse it instead.
                var lastFilled = options.FindLastIndex(o => o.Trim().Length > 0);
                if (options.Take(lastFilled + 1).Any(o => o.Trim().Length == 0)) errors.Add("选项应从选项A起连续填写，中间不能留空。");
                else question = new PracticeQuestion(kind!.Value, stem, options, answer, points!.Value);
            }
            catch (DomainException ex) { errors.Add(ex.Message); }
        }
        return new QuestionImportRow(row.Number, kindText, stem, answer, points, errors) { Question = question };
    }

    private static string? Find(Table table, string header) =>
        table.Headers.FirstOrDefault(h => string.Equals(h.Replace(" ", ""), header, StringComparison.OrdinalIgnoreCase));
}
