using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Pay;

/// <summary>
/// A class of skilled posts with its pay floor as a share of the local statutory monthly minimum wage
/// (人社厅发〔2025〕52号 guidance, DOMAIN.md §5: basic 105%, important 120%, key 150%, core 200%; all editable).
/// </summary>
public sealed class PostClass
{
    private PostClass() { }

    public PostClass(string code, string nameZh, string nameEn, int floorPercent, int order)
    {
        if (floorPercent is < 100 or > 1000)
            throw new DomainException("post_class.percent", "岗位类别的最低工资倍数应在 100%–1000% 之间。", nameof(FloorPercent));
        Code = Guard.Text(code, nameof(Code), 40);
        NameZh = Guard.Text(nameZh, nameof(NameZh), 40);
        NameEn = Guard.Text(nameEn, nameof(NameEn), 60);
        (FloorPercent, Order) = (floorPercent, order);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = null!;
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    /// <summary>Floor of base pay + skill allowance, in whole percent of the local minimum wage.</summary>
    public int FloorPercent { get; private set; }
    public int Order { get; private set; }

    public static IReadOnlyList<PostClass> Defaults() =>
    [
        new("Basic", "基础岗位", "Basic post", 105, 1),
        new("Important", "重要岗位", "Important post", 120, 2),
        new("Key", "关键岗位", "Key post", 150, 3),
        new("Core", "核心岗位", "Core post", 200, 4),
    ];
}

/// <summary>A local statutory monthly minimum wage for an area, from a date (a new row for each adjustment).</summary>
public sealed class MinimumWage
{
    public const int AreaMaxLength = 60;
    private MinimumWage() { }

    public MinimumWage(string area, long monthlyFen, DateOnly effectiveFrom)
    {
        if (monthlyFen is <= 0 or > 10_000_000)
            throw new DomainException("minimum_wage.amount", "月最低工资标准应大于 0 且不超过 10 万元。", nameof(MonthlyFen));
        (Area, MonthlyFen, EffectiveFrom) = (Guard.Text(area, nameof(Area), AreaMaxLength), monthlyFen, effectiveFrom);
    }

    public int Id { get; private set; }
    public string Area { get; private set; } = null!;
    public long MonthlyFen { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The standard in force in an area on a day: the latest that had taken effect.</summary>
    public static MinimumWage? InForce(IEnumerable<MinimumWage> table, string area, DateOnly day) =>
        table.Where(w => w.Area == area && w.EffectiveFrom <= day).MaxBy(w => w.EffectiveFrom);
}
