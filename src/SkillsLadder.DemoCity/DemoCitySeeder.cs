using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Data;

namespace SkillsLadder.DemoCity;

/// <summary>The first-start default: an empty database gets the demo city, anything else is left alone.</summary>
public static class DemoCitySeeder
{
    public static async Task<bool> SeedIfEmptyAsync(SkillsLadderDbContext db, DemoCityOptions options, ILogger logger, CancellationToken ct = default)
    {
        if (await db.Enterprises.AnyAsync(ct) || await db.Industries.AnyAsync(ct)) return false;
        logger.LogInformation("Empty database: generating the demo city ({Workers:N0} workers, seed {Seed})", options.Workers, options.Seed);
        var summary = await new DemoCityGenerator(db).GenerateAsync(options, progress: null, ct);
        logger.LogInformation(
            "Demo city ready in {Seconds:0.0} s: {Enterprises:N0} enterprises, {Workers:N0} workers, {Certificates:N0} certificates, {Changes:N0} level changes",
            summary.Elapsed.TotalSeconds, summary.Enterprises, summary.Workers, summary.Certificates, summary.LevelChanges);
        return true;
    }
}
