using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;
using static SkillsLadder.Application.Tests.TalentReports.TalentData;

namespace SkillsLadder.Application.Tests.TalentReports;

/// <summary>The nightly re-evaluation and the honour expiry run: batches, dated changes, idempotency.</summary>
public sealed class LadderJobsTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_reevaluation_sets_every_tier_in_batches_dates_the_changes_and_a_second_run_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var e = directory.EnterpriseId;
        var ids = await app.AddWorkersAsync(directory.OccupationId,
            new WorkerSpec("无等级", e, D(2025, 1, 1)),
            new WorkerSpec("初级工", e, D(2015, 1, 1), ("Junior", D(2016, 1, 1))),
            new WorkerSpec("中级工", e, D(2010, 1, 1), ("Junior", D(2011, 1, 1)), ("Intermediate", D(2015, 1, 1))),
            new WorkerSpec("高级工", e, D(2005, 1, 1), ("Intermediate", D(2006, 1, 1)), ("Senior", D(2012, 1, 1))),
            new WorkerSpec("技师", e, D(2000, 1, 1), ("Technician", D(2010, 1, 1))));
        await app.AddHonourAsync(ids[3], "市工匠", craftsman: true, D(2024, 5, 1), D(2029, 5, 1));

        var first = await app.ReevaluateOnAsync(D(2026, 3, 10));
        var second = await app.ReevaluateOnAsync(D(2026, 3, 11));
        var batched = await app.SendAsync(new ReevaluateLadderCommand(BatchSize: 2));
        var resumed = await app.SendAsync(new ReevaluateLadderCommand(StartAfterWorkerId: ids[2], BatchSize: 2));

        (first.Workers, first.Batches, first.TierChanges, first.LastWorkerId).ShouldBe((5, 1, 4, ids[4]));
        (second.Workers, second.TierChanges).ShouldBe((5, 0));
        (batched.Workers, batched.Batches, batched.TierChanges).ShouldBe((5, 3, 0));
        (resumed.Workers, resumed.Batches).ShouldBe((2, 1));
        var tiers = await app.QueryAsync(db => db.Workers.OrderBy(w => w.Id).Select(w => w.Tier).ToListAsync());
        tiers.ShouldBe([TalentTier.None, TalentTier.SkilledWorker, TalentTier.SkilledWorker, TalentTier.Craftsman, TalentTier.HighSkilledWorker]);
        var changes = await app.QueryAsync(db => db.WorkerTierChanges.OrderBy(c => c.WorkerId).ToListAsync());
        changes.Select(c => (c.WorkerId, c.FromTier, c.ToTier)).ShouldBe([
            (ids[1], TalentTier.None, TalentTier.SkilledWorker), (ids[2], TalentTier.None, TalentTier.SkilledWorker),
            (ids[3], TalentTier.None, TalentTier.Craftsman), (ids[4], TalentTier.None, TalentTier.HighSkilledWorker)]);
        changes.ShouldAllBe(c => c.EffectiveOn == D(2026, 3, 10) && c.Reason == ReevaluateLadderCommand.Reason);
        (await app.QueryAsync(db => db.WorkerMessages.CountAsync(m => m.Kind == WorkerMessageKind.TierChanged))).ShouldBe(4);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Expiry_warns_once_and_a_lapse_drops_a_craftsman_to_tier_2_with_a_dated_change(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var e = directory.EnterpriseId;
        var ids = await app.AddWorkersAsync(directory.OccupationId,
            new WorkerSpec("将到期", e, D(2005, 1, 1), ("Senior", D(2012, 1, 1))),
            new WorkerSpec("已到期", e, D(2005, 1, 1), ("Senior", D(2012, 1, 1))),
            new WorkerSpec("双荣誉", e, D(2005, 1, 1), ("Senior", D(2012, 1, 1))),
            new WorkerSpec("远未到期", e, D(2005, 1, 1), ("Senior", D(2012, 1, 1))));
        var soon = await app.AddHonourAsync(ids[0], "市工匠", true, D(2021, 9, 1), D(2026, 9, 1));       // 63 days after 2026-06-30
        var ended = await app.AddHonourAsync(ids[1], "技能大师", true, D(2021, 6, 1), D(2026, 6, 1));    // ended a month ago
        await app.AddHonourAsync(ids[2], "技能大师", true, D(2021, 6, 1), D(2026, 6, 1));               // ended too, but …
        await app.AddHonourAsync(ids[2], "全国技术能手", true, D(2023, 1, 1), null);                      // … a lifelong one remains
        await app.AddHonourAsync(ids[3], "市工匠", true, D(2025, 1, 1), D(2030, 1, 1));                  // 3.5 years away
        await app.ReevaluateOnAsync(D(2026, 5, 1));                                                       // all four craftsmen then

        app.Clock.Now = new DateTimeOffset(2026, 6, 30, 8, 0, 0, TimeSpan.Zero);
        var first = await app.SendAsync(new ExpireHonoursCommand());
        var second = await app.SendAsync(new ExpireHonoursCommand());

        first.ShouldBe(new ExpireHonoursResult(Warned: 1, Lapsed: 2, TierChanges: 1));
        second.ShouldBe(new ExpireHonoursResult(0, 0, 0));
        var honours = await app.QueryAsync(db => db.WorkerHonours.ToDictionaryAsync(h => h.Id));
        (honours[soon].ExpiryWarnedOn, honours[soon].LapsedOn).ShouldBe((D(2026, 6, 30), null));
        honours[ended].LapsedOn.ShouldBe(D(2026, 6, 1));
        var tiers = await app.QueryAsync(db => db.Workers.OrderBy(w => w.Id).Select(w => w.Tier).ToListAsync());
        tiers.ShouldBe([TalentTier.Craftsman, TalentTier.HighSkilledWorker, TalentTier.Craftsman, TalentTier.Craftsman]);
        var drop = await app.QueryAsync(db => db.WorkerTierChanges.SingleAsync(c => c.WorkerId == ids[1] && c.ToTier == TalentTier.HighSkilledWorker));
        (drop.FromTier, drop.EffectiveOn, drop.Reason).ShouldBe((TalentTier.Craftsman, D(2026, 6, 30), ExpireHonoursCommand.Reason));
        var messages = await app.QueryAsync(db => db.WorkerMessages.Where(m => m.Kind != WorkerMessageKind.TierChanged)
            .OrderBy(m => m.WorkerId).Select(m => new { m.WorkerId, m.Kind, m.Text }).ToListAsync());
        messages.Select(m => (m.WorkerId, m.Kind)).ShouldBe([
            (ids[0], WorkerMessageKind.HonourExpiring), (ids[1], WorkerMessageKind.HonourLapsed), (ids[2], WorkerMessageKind.HonourLapsed)]);
        messages[0].Text.ShouldContain("2026-09-01");
    }

    [Theory, SqliteData]
    public async Task The_warning_window_is_the_commands_and_out_of_range_windows_are_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var ids = await app.AddWorkersAsync(directory.OccupationId, new WorkerSpec("甲", directory.EnterpriseId, D(2005, 1, 1)));
        await app.AddHonourAsync(ids[0], "市工匠", true, D(2021, 9, 1), D(2026, 9, 1)); // 63 days away: outside 30

        (await app.SendAsync(new ExpireHonoursCommand(WarningDays: 30))).Warned.ShouldBe(0);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new ExpireHonoursCommand(-1)))).Errors.Keys.ShouldContain("WarningDays");
        app.Clock.Now = new DateTimeOffset(2026, 8, 5, 8, 0, 0, TimeSpan.Zero);    // 27 days away
        (await app.SendAsync(new ExpireHonoursCommand(WarningDays: 30))).Warned.ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Facts_are_read_for_exactly_the_workers_asked_whether_the_set_is_a_dense_range_or_sparse(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var ids = await app.AddWorkersAsync(directory.OccupationId, Enumerable.Range(1, 6)
            .Select(i => new WorkerSpec($"w{i}", directory.EnterpriseId, D(2010, 1, 1), ("Junior", D(2010 + i, 1, 1)))).ToArray());
        await app.AddHonourAsync(ids[2], "市工匠", true, D(2024, 1, 1), null);

        // Dense: ids 1,2,4 of six span 4 < 2 × 3, read as a range that also meets id 3; sparse: ids 0 and 5 span 5 ≥ 2 × 2.
        var dense = await app.QueryAsync(db => db.ReadFactsAsync([ids[1], ids[2], ids[4]], default));
        var sparse = await app.QueryAsync(db => db.ReadFactsAsync([ids[0], ids[5]], default));

        dense.Keys.Order().ShouldBe([ids[1], ids[2], ids[4]]);
        dense[ids[2]].Honours.Count.ShouldBe(1);
        dense[ids[4]].LevelHistory.Single().EffectiveOn.ShouldBe(D(2015, 1, 1));
        sparse.Keys.Order().ShouldBe([ids[0], ids[5]]);
        sparse[ids[5]].LevelHistory.Single().EffectiveOn.ShouldBe(D(2016, 1, 1));
    }
}
