using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Labour;

/// <summary>
/// A file backing an assessment (an inspection report, a photo of the works, a rectification notice). Its type is
/// checked by extension and by the file's own first bytes, so a renamed executable is refused; size is capped.
/// </summary>
public sealed class AssessmentEvidence
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int FileNameMaxLength = 200;
    public const int NoteMaxLength = 200;
    private AssessmentEvidence() { }

    public AssessmentEvidence(int assessmentId, string fileName, byte[] content, string? note, string by, DateTime at)
    {
        ContentType = CheckedType(fileName, content);
        FileName = Guard.Text(Path.GetFileName(fileName), nameof(FileName), FileNameMaxLength);
        (AssessmentId, Content, SizeBytes, UploadedBy, UploadedAt) = (assessmentId, content, content.Length, by, at);
        Note = Guard.OptionalText(note, nameof(Note), NoteMaxLength);
    }

    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public string FileName { get; private set; } = null!;
    public string ContentType { get; private set; } = null!;
    public int SizeBytes { get; private set; }
    public byte[] Content { get; private set; } = null!;
    public string? Note { get; private set; }
    public string UploadedBy { get; private set; } = null!;
    public DateTime UploadedAt { get; private set; }

    private static readonly Dictionary<string, (string Type, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"u8.ToArray()),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"u8.ToArray()),
    };

    public static string AllowedExtensions => string.Join("、", Allowed.Keys);

    /// <summary>The content type for an allowed, non-empty, small-enough file whose bytes match its extension.</summary>
    public static string CheckedType(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new DomainException("evidence.empty", "文件是空的。", "File");
        if (content.Length > MaxBytes) throw new DomainException("evidence.too_large", $"文件超过 {MaxBytes / 1024 / 1024} MB。", "File");
        if (!Allowed.TryGetValue(Path.GetExtension(fileName ?? ""), out var allowed))
            throw new DomainException("evidence.type", $"只接受 {AllowedExtensions} 文件。", "File");
        if (!content.AsSpan().StartsWith(allowed.Magic))
            throw new DomainException("evidence.content", "文件内容与扩展名不符。", "File");
        return allowed.Type;
    }
}
