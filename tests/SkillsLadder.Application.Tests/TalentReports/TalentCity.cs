using static SkillsLadder.Application.Tests.TalentReports.TalentData;

namespace SkillsLadder.Application.Tests.TalentReports;

/// <summary>
/// Nine hand-made workers in three enterprises of two industries, rated on 2026-03-10; a1's craftsman honour ends on
/// 2026-05-01 and the re-evaluation of 2026-05-02 drops a1 to tier 2. Final tiers: a1 2, a2 3 (lifelong honour),
/// a3 1, a4 none (no level); b1 1, b2 2; c1 2, c2 2, c3 1. The tests count from this description.
/// </summary>
public sealed record TalentCity(int IndustryC34, int IndustryE48, int A, int B, int C, int[] Workers)
{
    public static async Task<TalentCity> CreateAsync(TestApp app)
    {
        var directory = await app.SeedDirectoryAsync(); // industry C34, enterprise A
        var a = directory.EnterpriseId;
        var b = await app.AddEnterpriseAsync("C34", "通用设备制造业", "杭州乙机械有限公司");
        var c = await app.AddEnterpriseAsync("E48", "土木工程建筑业", "杭州丙建设集团有限公司");
        var ids = await app.AddWorkersAsync(directory.OccupationId,
            new WorkerSpec("a1", a, D(2005, 1, 1), ("Senior", D(2015, 1, 1))),
            new WorkerSpec("a2", a, D(2005, 1, 1), ("Technician", D(2018, 1, 1))),
            new WorkerSpec("a3", a, D(2019, 1, 1), ("Junior", D(2020, 1, 1)), ("Intermediate", D(2025, 6, 1))),
            new WorkerSpec("a4", a, D(2025, 9, 1)),
            new WorkerSpec("b1", b, D(2010, 1, 1), ("Intermediate", D(2019, 1, 1))),
            new WorkerSpec("b2", b, D(2010, 1, 1), ("Intermediate", D(2018, 1, 1)), ("Senior", D(2024, 3, 1))),
            new WorkerSpec("c1", c, D(2000, 1, 1), ("Senior", D(2010, 1, 1))),
            new WorkerSpec("c2", c, D(2000, 1, 1), ("SeniorTechnician", D(2012, 1, 1))),
            new WorkerSpec("c3", c, D(2020, 1, 1), ("Junior", D(2021, 1, 1))));
        await app.AddHonourAsync(ids[0], "市工匠", true, D(2021, 5, 1), D(2026, 5, 1));
        await app.AddHonourAsync(ids[1], "全国技术能手", true, D(2020, 5, 1), null);
        await app.AddHonourAsync(ids[6], "市技术能手", false, D(2022, 5, 1), D(2027, 5, 1)); // not craftsman-class: c1 stays tier 2
        await app.ReevaluateOnAsync(D(2026, 3, 10));
        await app.ReevaluateOnAsync(D(2026, 5, 2));
        app.Clock.Now = new DateTimeOffset(2026, 6, 30, 8, 0, 0, TimeSpan.Zero);
        var industries = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .ToDictionaryAsync(db.Industries, i => i.Code, i => i.Id));
        return new TalentCity(industries["C34"], industries["E48"], a, b, c, ids);
    }
}
