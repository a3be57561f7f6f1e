using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Data;

namespace SkillsLadder.DemoCity;

/// <summary>The first-start default: an empty database gets the demo city; a database with a directory is left alone.</summary>
public static class DemoCitySeeder
{
    /// <summary>
    /// Generates the demo city when the database holds no enterprise. Returns whether it did. A database with
    /// reference data (industries, occupations) but no enterprise is left alone too, with a warning, since the
    /// city brings its own reference data.
    /// </summary>
    public static async Task<bool> SeedIfEmptyAsync(
        SkillsLadderDbContext db, DemoCityOptions options, ILogger logger, CancellationToken ct = default)
    {
        if (await db.Enterprises.AnyAsync(ct)) return false;
        if (await db.Workers.AnyAsync(ct) || await db.Industries.AnyAsync(ct) || await db.Occupations.AnyAsync(ct))
        {
            logger.LogWarning("No enterprises, but the directory is not empty: the demo city is not generated");
            return false;
        }

        logger.LogInformation("Empty database: generating the demo city ({Workers:N0} workers, seed {Seed}, as of {AsOf:yyyy-MM-dd})",
            options.Workers, options.Seed, options.AsOf);
        var summary = await new DemoCityGenerator().GenerateAsync(db, options, progress: null, ct);
        logger.LogInformation(
            "Demo city ready in {Seconds:0.0} s ({RowsPerSecond:N0} rows/s): {Enterprises:N0} enterprises, {Workers:N0} workers, " +
            "{Certificates:N0} certificates, {LevelChanges:N0} level changes, {Honours:N0} honours, {TierChanges:N0} initial tiers",
            summary.Elapsed.TotalSeconds, summary.RowsPerSecond, summary.Enterprises, summary.Workers, summary.Certificates, summary.LevelChanges,
            summary.Honours, summary.TierChanges);
        return true;
    }
}
