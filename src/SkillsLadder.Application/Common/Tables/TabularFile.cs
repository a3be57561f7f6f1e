using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SkillsLadder.Application.Common.Tables;

/// <summary>One data row of an uploaded table; <see cref="Number"/> is the row number the user sees in their editor.</summary>
public sealed record TableRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string column) => Cells.TryGetValue(column, out var value) ? value : "";
}

public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows);

/// <summary>
/// Reads the first sheet of an .xlsx file, or a UTF-8 CSV file, into rows keyed by the header row's names.
/// Blank rows are skipped but keep counting, so an error's row number matches what the user sees.
/// </summary>
public static class TabularFile
{
    public const int MaximumBytes = 5 * 1024 * 1024;
    public const int MaximumRows = 10_000;

    /// <summary>Characters of XML one part may unpack to: far above a real 10,000-row sheet, far below a zip bomb.</summary>
    public const long MaximumCharactersInPart = 40_000_000;

    public static Table Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var rows = extension switch
        {
            ".csv" => ReadCsv(content),
            ".xlsx" => ReadXlsx(content, Path.GetFileName(fileName)),
            _ => throw RequestValidationException.For("File", "只支持 .xlsx 或 .csv（UTF-8）文件。"),
        };
        var (headerNumber, headerCells) = rows.FirstOrDefault(r => r.Cells.Any(c => c.Length > 0));
        if (headerCells is null) throw RequestValidationException.For("File", "文件是空的：第一行应为表头。");
        var headers = headerCells.Select(h => h.Trim()).ToList();
        var data = rows.Where(r => r.Number > headerNumber && r.Cells.Any(c => c.Trim().Length > 0))
            .Select(r => new TableRow(r.Number, headers.Select((h, i) => (h, v: i < r.Cells.Count ? r.Cells[i].Trim() : ""))
                .Where(x => x.h.Length > 0).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().v)))
            .ToList();
        if (data.FirstOrDefault(r => r.Cells.Values.Any(TextRules.HasControlCharacters)) is { } bad)
            throw RequestValidationException.For("File", $"第 {bad.Number} 行含有控制字符，请删除后重新上传。");
        if (data.Count > MaximumRows) throw RequestValidationException.For("File", $"一次最多导入 {MaximumRows} 行，本文件有 {data.Count} 行。");
        return new Table(headers, data);
    }

    private static List<(int Number, List<string> Cells)> ReadCsv(Stream content)
    {
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var rows = new List<(int, List<string>)>();
        while (csv.Read()) rows.Add((csv.Row, csv.Record?.ToList() ?? []));
        return rows;
    }

    private static List<(int Number, List<string> Cells)> ReadXlsx(Stream content, string fileName)
    {
        SpreadsheetDocument document;
        var settings = new OpenSettings { MaxCharactersInPart = MaximumCharactersInPart };
        try { document = SpreadsheetDocument.Open(content, false, settings); }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw RequestValidationException.For("File", "无法读取该 .xlsx 文件，请确认它是 Excel 工作簿。");
        }
        // The parts are parsed as they are read: a DTD or external entity (refused by the reader), broken XML or a part
        // that unpacks past the limit surfaces here, and is the file's fault, not the server's.
        try { return ReadRows(document); }
        catch (Exception e) when (e is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or ArgumentException or KeyNotFoundException or InvalidCastException)
        {
            throw RequestValidationException.For("File", $"文件“{fileName}”无法读取：其中的 XML 声明了 DTD 或外部实体、格式不正确或解压后过大，出于安全原因不予处理。");
        }
        finally { document.Dispose(); }
    }

    private static List<(int Number, List<string> Cells)> ReadRows(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw RequestValidationException.For("File", "工作簿中没有工作表。");
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                         ?? throw RequestValidationException.For("File", "工作簿中没有工作表。");
        var part = (WorksheetPart)workbook.GetPartById(firstSheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<(int, List<string>)>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(CellText(cell, shared));
            }
            rows.Add(((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
        }
        return rows;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index < shared.Count) return shared[index];
        // Excel stores 87.5 as "87.5" but sometimes as "87.499999999999986"; round-trip through double's shortest form.
        if (cell.DataType is null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number.ToString("R", CultureInfo.InvariantCulture);
        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index - 1;
    }
}
