using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Tests.Pay;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;
using static SkillsLadder.Application.Tests.TalentReports.TalentData;

namespace SkillsLadder.Application.Tests.TalentReports;

/// <summary>
/// The nightly re-evaluation writes only what changed: nothing on a night when nothing changed, and on a night when one
/// worker's honour lifts their tier, that worker's tier, one dated change, one message and one pay grade, worked out by hand.
/// </summary>
public sealed class ReevaluationWritesTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_reevaluation_with_nothing_to_change_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (d, ids) = await CityWithPayAsync(app);
        await app.AddHonourAsync(ids[1], "市工匠", craftsman: true, D(2024, 5, 1), null);
        var settled = await app.ReevaluateOnAsync(D(2026, 6, 30));
        var before = await StateAsync(app);

        var result = await app.ReevaluateOnAsync(D(2026, 7, 1));

        settled.TierChanges.ShouldBe(1);
        (result.Workers, result.TierChanges).ShouldBe((ids.Length, 0));
        (await StateAsync(app)).ShouldBe(before);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_known_change_on_a_hand_worked_worker_writes_exactly_that(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (d, ids) = await CityWithPayAsync(app);
        await app.ReevaluateOnAsync(D(2026, 6, 30));
        var before = await StateAsync(app);
        var senior = ids[1];

        // 高级工 since 2016 is tier 2 (高技能人才) at 300,000 + 40,000 + the tier-2 allowance 10,000; a craftsman honour lifts the
        // tier to 工匠人才, whose allowance is 50,000: 390,000 from the next pay month (the agreement's rule) after 10 July.
        await app.AddHonourAsync(senior, "市工匠", craftsman: true, D(2026, 7, 9), null);
        var result = await app.ReevaluateOnAsync(D(2026, 7, 10));

        result.TierChanges.ShouldBe(1);
        var after = await StateAsync(app);
        after.Workers.Where(w => w.Id != senior).ShouldBe(before.Workers.Where(w => w.Id != senior));
        var (_, tier, version) = after.Workers.Single(w => w.Id == senior);
        (tier, version).ShouldBe((TalentTier.Craftsman, before.Workers.Single(w => w.Id == senior).Version + 1));
        var change = await app.QueryAsync(db => db.WorkerTierChanges.OrderByDescending(c => c.Id).FirstAsync());
        (change.WorkerId, change.FromTier, change.ToTier, change.EffectiveOn, change.Reason)
            .ShouldBe((senior, TalentTier.HighSkilledWorker, TalentTier.Craftsman, D(2026, 7, 10), ReevaluateLadderCommand.Reason));
        var grade = await app.QueryAsync(db => db.PayGradeChanges.OrderByDescending(c => c.Id).FirstAsync());
        (grade.WorkerId, grade.LevelRank, grade.Tier, grade.MonthlyFen, grade.EffectiveFrom, grade.Reason)
            .ShouldBe((senior, 4, TalentTier.Craftsman, 390_000L, D(2026, 8, 1), ReevaluateLadderCommand.Reason));
        (after.TierChanges, after.Messages, after.PayGrades).ShouldBe((before.TierChanges + 1, before.Messages + 1, before.PayGrades + 1));
    }

    /// <summary>An intermediate and a senior worker with grades under an agreement in force, and one worker with no level.</summary>
    private static async Task<(TestData.Directory D, int[] Ids)> CityWithPayAsync(TestApp app)
    {
        var d = await app.SeedDirectoryAsync();
        var basic = await app.ClassAsync("Basic");
        var intermediate = await app.WorkerAsync(d, "周一", "Intermediate", 1);
        var senior = await app.WorkerAsync(d, "吴二", "Senior", 2);
        var none = (await app.AddWorkersAsync(d.OccupationId, new WorkerSpec("郑三", d.EnterpriseId, D(2025, 1, 1))))[0];
        await app.EffectiveAsync(d, new PayGrid([new(basic, 3, 280_000, 20_000), new(basic, 4, 300_000, 40_000)], 10_000, 50_000),
            D(2026, 1, 5), D(2026, 3, 1));
        return (d, [intermediate, senior, none]);
    }

    private sealed record State(IReadOnlyList<(int Id, TalentTier Tier, int Version)> Workers, int TierChanges, int Messages, int PayGrades, int Audit)
    {
        public bool Equals(State? other) => other is not null && Workers.SequenceEqual(other.Workers)
            && (TierChanges, Messages, PayGrades, Audit) == (other.TierChanges, other.Messages, other.PayGrades, other.Audit);

        public override int GetHashCode() => HashCode.Combine(TierChanges, Messages, PayGrades, Audit);
    }

    private static Task<State> StateAsync(TestApp app) => app.QueryAsync(async db => new State(
        (await db.Workers.OrderBy(w => w.Id).Select(w => new { w.Id, w.Tier, w.Version }).ToListAsync()).Select(w => (w.Id, w.Tier, w.Version)).ToList(),
        await db.WorkerTierChanges.CountAsync(), await db.WorkerMessages.CountAsync(), await db.PayGradeChanges.CountAsync(),
        await db.AuditEntries.CountAsync()));
}
