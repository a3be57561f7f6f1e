using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.DemoCity.Tests;

/// <summary>The demo city comes rated: every worker's tier follows the default policy, with honours that make real cases.</summary>
public sealed class DemoLadderTests
{
    private static readonly DemoCityOptions City = new() { Workers = 1_000 };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Every_worker_gets_the_tier_of_their_level_and_honours_dated_at_the_as_of_date(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var summary = await new DemoCityGenerator().GenerateAsync(db, City);

        var workers = await db.Workers.AsNoTracking().Select(w => new { w.Id, w.Tier, Rank = (int?)w.CurrentSkillLevel!.Rank }).ToListAsync();
        var honours = await db.WorkerHonours.AsNoTracking().ToListAsync();
        var craftsmen = honours.Where(h => h.CountsTowardCraftsman && h.IsActiveOn(City.AsOf)).Select(h => h.WorkerId).ToHashSet();
        // The default policy by hand: craftsman-class honour → 3, 高级工 (rank 4) and above → 2, any level → 1.
        foreach (var w in workers)
            w.Tier.ShouldBe(craftsmen.Contains(w.Id) ? TalentTier.Craftsman : w.Rank >= 4 ? TalentTier.HighSkilledWorker
                : w.Rank >= 1 ? TalentTier.SkilledWorker : TalentTier.None, $"worker {w.Id}");
        summary.Honours.ShouldBe(honours.Count);
        honours.Count.ShouldBeInRange(4, 6);
        craftsmen.Count.ShouldBeGreaterThanOrEqualTo(2);
        honours.Count(h => h.ExpiresOn is { } end && end > City.AsOf && end <= City.AsOf.AddDays(90)).ShouldBe(1);
        honours.ShouldAllBe(h => h.HonourTypeId != null && h.NominationId == null);

        var changes = await db.WorkerTierChanges.AsNoTracking().ToListAsync();
        changes.Count.ShouldBe(workers.Count(w => w.Tier != TalentTier.None));
        summary.TierChanges.ShouldBe(changes.Count);
        changes.ShouldAllBe(c => c.EffectiveOn == City.AsOf && c.Reason == DemoLadder.InitialReason && c.FromTier == TalentTier.None);
    }
}
