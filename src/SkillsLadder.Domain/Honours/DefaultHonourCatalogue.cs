namespace SkillsLadder.Domain.Honours;

/// <summary>
/// First-start catalogue from DOMAIN.md §1–2 [DEFAULT]: which titles count toward 工匠人才 follows the proposed tier
/// mapping (city 工匠, 技能大师, provincial+ 技术能手, 五一劳动奖章). Bonuses are the published examples (成都工匠 ¥20,000).
/// </summary>
public static class DefaultHonourCatalogue
{
    public static IReadOnlyList<HonourType> Create() =>
    [
        Make("市技术能手", HonourLevel.City, 5, 500_000, false, false, 5),
        Make("省技术能手", HonourLevel.Province, 5, null, true, true, 5),
        Make("全国技术能手", HonourLevel.National, null, null, true, true, 7),
        Make("技能状元", HonourLevel.City, 3, 300_000, false, false, 5),
        Make("市工匠", HonourLevel.City, 5, 2_000_000, true, true, 7),
        Make("技能大师", HonourLevel.City, 5, 1_000_000, true, true, 7),
        Make("五一劳动奖章推荐", HonourLevel.City, null, null, true, true, 5),
        // Year-end awards of labour campaigns (DOMAIN.md §4); neither counts toward 工匠人才 on its own.
        Make("先进集体", HonourLevel.City, null, null, false, false, 5),
        Make("先进个人", HonourLevel.City, null, null, false, false, 5),
    ];

    private static HonourType Make(string name, HonourLevel level, int? years, long? bonusFen, bool craftsman, bool second, int noticeDays)
    {
        var type = new HonourType(name, level);
        type.Update(name, level, years, bonusFen, craftsman, second, noticeDays, null, true);
        return type;
    }
}
