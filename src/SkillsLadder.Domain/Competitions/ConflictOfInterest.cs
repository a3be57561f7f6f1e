using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

public enum ConflictKind
{
    /// <summary>The judge works for the entrant's enterprise: a hard conflict.</summary>
    SameEnterprise = 1,
    /// <summary>Same family name: possibly kin, so the chief judge reviews it; until cleared it counts.</summary>
    FamilyName = 2,
    /// <summary>Declared by the judge (teacher, former colleague, …).</summary>
    Declared = 3,
}

public enum ConflictStatus
{
    Confirmed = 1,
    ToReview = 2,
    Cleared = 3,
}

/// <summary>
/// A judge–entrant conflict. While it is not cleared the judge is never shown that entrant nor asked to mark
/// them; the aggregation then works on the other judges' marks.
/// </summary>
public sealed class ConflictOfInterest
{
    public const int NoteMaxLength = 200;
    private ConflictOfInterest() { }

    public ConflictOfInterest(int competitionId, int judgeId, int entrantId, ConflictKind kind, string? note, string by, DateTime at)
    {
        CompetitionId = competitionId;
        JudgeId = judgeId;
        EntrantId = entrantId;
        Kind = kind;
        Status = kind == ConflictKind.FamilyName ? ConflictStatus.ToReview : ConflictStatus.Confirmed;
        Note = Guard.OptionalText(note, nameof(Note), NoteMaxLength);
        if (kind == ConflictKind.Declared && Note is null)
            throw new DomainException("conflict.note", "申报回避须写明原因。", nameof(Note));
        RecordedBy = by;
        RecordedAt = at;
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public int JudgeId { get; private set; }
    public int EntrantId { get; private set; }
    public ConflictKind Kind { get; private set; }
    public ConflictStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = null!;
    public DateTime RecordedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }

    public bool Recuses => Status != ConflictStatus.Cleared;

    /// <summary>The chief judge's decision on a flagged name match; other kinds are not for clearing.</summary>
    public void Review(bool isConflict, string? note, string by, DateTime at)
    {
        if (Kind != ConflictKind.FamilyName)
            throw new DomainException("conflict.not_reviewable", "只有同姓提示需要复核；同单位和本人申报的回避不能撤销。");
        Status = isConflict ? ConflictStatus.Confirmed : ConflictStatus.Cleared;
        ReviewNote = Guard.OptionalText(note, nameof(ReviewNote), NoteMaxLength);
        if (!isConflict && ReviewNote is null)
            throw new DomainException("conflict.review_note", "排除同姓提示须写明核实情况。", nameof(ReviewNote));
        ReviewedBy = by;
        ReviewedAt = at;
    }
}
