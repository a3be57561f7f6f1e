using Bogus;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Puts the city on the talent ladder: a handful of honours from the catalogue (half of them craftsman-class, one of
/// those ending 60 days after the as-of date, so the expiry warning has a case), then one whole-city re-evaluation as
/// of the as-of date, so every worker has a tier and a dated "初始评定" change. Its own random stream, derived from
/// the seed, keeps the city drawn before it exactly as it was.
/// </summary>
public static class DemoLadder
{
    public const string InitialReason = "初始评定";
    private const int ExpiringInDays = 60;

    public static async Task<(int Honours, int TierChanges)> SeedAsync(SkillsLadderDbContext db, DemoCityOptions options, CancellationToken ct)
    {
        var random = new Randomizer(unchecked(options.Seed * 31 + 6));
        var catalogue = await db.HonourTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Id).ToListAsync(ct);
        // Craftsman titles go to technicians and above, the others to senior workers and above, as in real lists.
        var technicians = await HoldersAsync(db, 5, ct);
        var seniors = await HoldersAsync(db, 4, ct);
        var count = Math.Clamp(options.Workers / 1000, 6, 2_000);
        var chosen = new HashSet<int>();
        var honours = 0;
        for (var i = 0; i < count; i++)
        {
            var craftsman = i % 2 == 0;
            var pool = craftsman ? technicians : seniors;
            var types = catalogue.Where(t => t.CountsTowardCraftsman == craftsman).ToList();
            if (pool.Count == 0 || types.Count == 0) continue;
            var workerId = pool[random.Number(0, pool.Count - 1)];
            if (!chosen.Add(workerId)) continue;
            var type = i == 0 ? types.First(t => t.ValidityYears is not null) : types[random.Number(0, types.Count - 1)];
            var conferred = i == 0 && type.ValidityYears is { } years
                ? options.AsOf.AddDays(ExpiringInDays).AddYears(-years)
                : options.AsOf.AddDays(-random.Number(30, 365 * Math.Max(1, (type.ValidityYears ?? 5) - 1)));
            var honour = new WorkerHonour(workerId, type.Name, conferred, type.ExpiryFor(conferred));
            db.WorkerHonours.Add(honour);
            // Recorded as older honours are (no nomination in this system), with the catalogue's link and its craftsman flag.
            db.Entry(honour).Property(h => h.HonourTypeId).CurrentValue = type.Id;
            db.Entry(honour).Property(h => h.CountsTowardCraftsman).CurrentValue = type.CountsTowardCraftsman;
            honours++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Dated at the city's as-of date, not the wall clock: a seed is a city, tier history included.
        var noonUtc = options.AsOf.ToDateTime(new TimeOnly(4, 0), DateTimeKind.Utc);
        var sweep = await db.ReevaluateAllAsync(options.AsOf, InitialReason, noonUtc, 0, LadderSweep.DefaultBatchSize, ct);
        return (honours, sweep.TierChanges);
    }

    private static Task<List<int>> HoldersAsync(SkillsLadderDbContext db, int minimumRank, CancellationToken ct) =>
        db.Workers.AsNoTracking().Where(w => w.CurrentSkillLevel!.Rank >= minimumRank).OrderBy(w => w.Id).Select(w => w.Id).ToListAsync(ct);
}
