using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Honours;

public enum HonourLevel
{
    Enterprise = 1,
    City = 2,
    Province = 3,
    National = 4,
}

/// <summary>
/// A title in the honour catalogue (技术能手, 技能状元, 市工匠, 技能大师, 五一劳动奖章推荐 …) with the rules its
/// nominations follow: how long it lasts, its bonus in fen, whether it makes the holder 工匠人才 (tier 3), whether
/// review needs a second approval, and how many working days its public notice runs.
/// </summary>
public sealed class HonourType : IVersioned
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;
    public const int MaxNoticeWorkingDays = 30;
    private HonourType() { }

    public HonourType(string name, HonourLevel level) => Update(name, level, null, null, false, false, 5, null, true);

    public int Id { get; private set; }
    public string Name { get; private set; } = null!;
    public HonourLevel Level { get; private set; }
    /// <summary>Years the honour stays active; null = for life.</summary>
    public int? ValidityYears { get; private set; }
    /// <summary>One-off bonus in fen (integer money, no floating point).</summary>
    public long? BonusFen { get; private set; }
    public bool CountsTowardCraftsman { get; private set; }
    public bool NeedsSecondApproval { get; private set; }
    public int NoticeWorkingDays { get; private set; }
    public string? Description { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; private set; }

    public void Update(string name, HonourLevel level, int? validityYears, long? bonusFen, bool countsTowardCraftsman,
        bool needsSecondApproval, int noticeWorkingDays, string? description, bool isActive)
    {
        if (!Enum.IsDefined(level)) throw new DomainException("honour_type.level", "荣誉级别无效。", nameof(Level));
        if (validityYears is < 1 or > 50) throw new DomainException("honour_type.validity", "有效期应为 1–50 年，或留空表示长期有效。", nameof(ValidityYears));
        if (bonusFen is < 0) throw new DomainException("honour_type.bonus", "奖金不能为负数。", nameof(BonusFen));
        if (noticeWorkingDays is < 1 or > MaxNoticeWorkingDays)
            throw new DomainException("honour_type.notice", $"公示期应为 1–{MaxNoticeWorkingDays} 个工作日。", nameof(NoticeWorkingDays));
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        Description = Guard.OptionalText(description, nameof(Description), DescriptionMaxLength);
        (Level, ValidityYears, BonusFen, CountsTowardCraftsman) = (level, validityYears, bonusFen, countsTowardCraftsman);
        (NeedsSecondApproval, NoticeWorkingDays, IsActive) = (needsSecondApproval, noticeWorkingDays, isActive);
    }

    public DateOnly? ExpiryFor(DateOnly conferredOn) => ValidityYears is { } years ? conferredOn.AddYears(years) : null;
}
