using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>One column of the entrant import file: its Chinese header and the English aliases accepted for it.</summary>
public sealed record EntrantImportColumn(string Header, string[] Aliases, string Meaning);

/// <summary>
/// The layout of the entrant import file (身份证号, 姓名, 参赛号, 队名; English headers IdNumber, Name, Bib, Team) and
/// its downloadable template. Headers are matched ignoring case and surrounding spaces.
/// </summary>
public static class EntrantImportFile
{
    public static readonly EntrantImportColumn IdNumber = new("身份证号", ["身份证号码", "IdNumber", "NationalIdNumber"], "必填；名录中该职工的 18 位身份证号");
    public static readonly EntrantImportColumn Name = new("姓名", ["Name", "FullName"], "必填；须与名录中的姓名一致（用于发现录入错误）");
    public static readonly EntrantImportColumn Bib = new("参赛号", ["Bib"], "可选；留空则按现有最大号依次编号");
    public static readonly EntrantImportColumn Team = new("队名", ["Team", "TeamName"], "团体赛必填；队名相同的行组成一队");
    public static readonly IReadOnlyList<EntrantImportColumn> Columns = [IdNumber, Name, Bib, Team];

    public const string TemplateFileName = "entrants-template.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The header of the file that holds the column, or null when the file lacks it.</summary>
    public static string? Find(Table table, EntrantImportColumn column) =>
        table.Headers.FirstOrDefault(h => h.Length > 0 && (string.Equals(h, column.Header, StringComparison.OrdinalIgnoreCase)
            || column.Aliases.Any(a => string.Equals(h, a, StringComparison.OrdinalIgnoreCase))));

    /// <summary>Refuses a file without a required header, naming every missing one.</summary>
    public static void EnsureHeaders(Table table, int teamSize)
    {
        var required = teamSize > 1 ? new[] { IdNumber, Name, Team } : [IdNumber, Name];
        var missing = required.Where(c => Find(table, c) is null)
            .Select(c => $"缺少必填列“{c.Header}”（英文表头可用 {c.Aliases.First(a => a.All(char.IsAscii))}）。").ToArray();
        if (missing.Length > 0) throw new RequestValidationException(new Dictionary<string, string[]> { ["File"] = missing });
        if (table.Rows.Count == 0) throw RequestValidationException.For("File", "文件中没有数据行（第一行为表头，从第二行起每行一名参赛职工）。");
    }

    /// <summary>An .xlsx with the headers only: example rows would be imported by whoever forgets to delete them.</summary>
    public static byte[] Template() => XlsxWriter.Write("参赛人员", Columns.Select(c => c.Header).ToList(), []);
}
