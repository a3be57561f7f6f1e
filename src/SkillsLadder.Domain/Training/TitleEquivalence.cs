using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Training;

/// <summary>Professional title grades (职称级别).</summary>
public enum TitleGrade
{
    /// <summary>助理级 (assistant engineer).</summary>
    Assistant = 1,
    /// <summary>中级 (engineer).</summary>
    Intermediate = 2,
    /// <summary>副高级 (senior engineer).</summary>
    Senior = 3,
    /// <summary>正高级 (professor-level senior engineer).</summary>
    Full = 4,
}

/// <summary>
/// One row of the configurable skill-level ↔ professional-title table (职业技能等级与职称比照): workers at this level
/// (or above, up to the next row) are treated as holding a title of this grade, e.g. for eligibility rules and pay grids.
/// </summary>
public sealed class TitleEquivalence
{
    public const int TitleMaxLength = 50;
    private TitleEquivalence() { }

    public TitleEquivalence(int levelRank, TitleGrade grade, string title)
    {
        if (levelRank is < 1 or > 20) throw new DomainException("title.level", "技能等级无效。", nameof(LevelRank));
        if (!Enum.IsDefined(grade)) throw new DomainException("title.grade", "职称级别无效。", nameof(Grade));
        (LevelRank, Grade, Title) = (levelRank, grade, Guard.Text(title, nameof(Title), TitleMaxLength));
    }

    public int Id { get; private set; }
    public int LevelRank { get; private set; }
    public TitleGrade Grade { get; private set; }
    public string Title { get; private set; } = null!;

    /// <summary>The default of the 2022 opinion: 高级工 ≈ assistant engineer, 技师 ≈ engineer, 高级技师 ≈ senior engineer.</summary>
    public static IReadOnlyList<TitleEquivalence> Defaults() =>
    [
        new(4, TitleGrade.Assistant, "助理工程师"),
        new(5, TitleGrade.Intermediate, "工程师"),
        new(6, TitleGrade.Senior, "高级工程师"),
    ];

    /// <summary>The row that applies to a level: the highest row at or below it (a 特级技师 keeps 高级技师's title).</summary>
    public static TitleEquivalence? For(int? levelRank, IEnumerable<TitleEquivalence> table) =>
        levelRank is { } rank ? table.Where(t => t.LevelRank <= rank).OrderByDescending(t => t.LevelRank).FirstOrDefault() : null;
}
