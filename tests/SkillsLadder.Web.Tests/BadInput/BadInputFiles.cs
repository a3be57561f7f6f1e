using System.IO.Compression;
using System.Text;

namespace SkillsLadder.Web.Tests.BadInput;

/// <summary>The corpus's uploads, made at run time: hostile and broken spreadsheets and CSV files.</summary>
public static class BadInputFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Dtd = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    public static byte[] Make(string kind) => kind switch
    {
        "dtd" => Xlsx(Sheet("&xxe;", Dtd)),
        "dtd-workbook" => Xlsx(Sheet("姓名"), workbookPrologue: "<!DOCTYPE workbook [<!ENTITY wb SYSTEM \"http://127.0.0.1:1/x\">]>"),
        "laughs" => Xlsx(Sheet("&l3;", "<!DOCTYPE worksheet [<!ENTITY l0 \"ha\"><!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\">" +
                                        "<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\"><!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\">]>")),
        "bomb" => Xlsx(null, bombCharacters: 60_000_000),
        "garbage" => Encoding.ASCII.GetBytes("this is not a zip file at all, only text pretending to be a workbook"),
        "truncated" => Xlsx(Sheet("姓名"))[..300],
        "no-workbook" => Zip(("readme.txt", "no workbook here")),
        "malformed-xml" => Xlsx($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>姓名</t></is></c></row>"),
        "csv-control" => Encoding.UTF8.GetBytes("姓名,身份证号,单位\n张\u0000三,110101199001011234,某公司\n李\u001b四,110101199001011234,某公司\n"),
        "csv-formula" => Encoding.UTF8.GetBytes("姓名,身份证号,单位\n=cmd|' /C calc'!A0,@SUM(1+1),+1-1\n"),
        "oversized" => Oversized(),
        "empty" => [],
        "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00],
        "csv-as-xlsx" => Encoding.UTF8.GetBytes("姓名,身份证号\n张三,110101199001011234\n"),
        "no-file" => [],
        _ => throw new ArgumentException($"Unknown file kind {kind}"),
    };

    private static byte[] Oversized()
    {
        var content = new byte[5 * 1024 * 1024 + 1];
        Array.Fill(content, (byte)'a');
        "name\n"u8.CopyTo(content);
        return content;
    }

    private static string Sheet(string cell, string prologue = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prologue}<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\">" +
        $"<c r=\"A1\" t=\"inlineStr\"><is><t>{cell}</t></is></c></row></sheetData></worksheet>";

    /// <summary>A minimal workbook of one sheet; a bomb's sheet is <paramref name="bombCharacters"/> of whitespace between two tags.</summary>
    private static byte[] Xlsx(string? sheet, string workbookPrologue = "", int bombCharacters = 0)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{workbookPrologue}<workbook xmlns=\"{Main}\" " +
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            if (sheet is not null) Add(zip, "xl/worksheets/sheet1.xml", sheet);
            else
            {
                using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open());
                writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
                var spaces = new string(' ', 1_000_000);
                for (var written = 0; written < bombCharacters; written += spaces.Length) writer.Write(spaces);
                writer.Write("</sheetData></worksheet>");
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries) Add(zip, name, text);
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
