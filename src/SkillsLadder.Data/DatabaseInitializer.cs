using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Data;

/// <summary>
/// First-start work every database needs: its schema, the roles, the default skill ladder, the first ladder policy,
/// the honour catalogue and the post classes of the pay grid. Each seed runs only while its table is empty, so admins' edits are never overwritten.
/// </summary>
public sealed class DatabaseInitializer(SkillsLadderDbContext db, DatabaseOptions options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        if (options.MigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, options.Provider);
                await db.Database.MigrateAsync(ct);
            }
        }

        foreach (var role in Identity.AppRoles.All)
            if (!await db.Roles.AnyAsync(r => r.Name == role, ct))
                db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole<int>(role) { NormalizedName = role.ToUpperInvariant() });
        await db.SaveChangesAsync(ct);

        if (!await db.SkillLevels.AnyAsync(ct))
        {
            db.SkillLevels.AddRange(DefaultSkillLadder.Create());
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Seeded the default eight-level skill ladder");
        }
        if (!await db.LadderPolicies.AnyAsync(ct))
        {
            db.LadderPolicies.Add(DefaultLadderPolicy.Create(new DateOnly(2000, 1, 1), DateTime.UtcNow));
            await db.SaveChangesAsync(ct);
        }
        if (!await db.PostClasses.AnyAsync(ct))
        {
            db.PostClasses.AddRange(Domain.Pay.PostClass.Defaults());
            await db.SaveChangesAsync(ct);
        }
        if (!await db.HonourTypes.AnyAsync(ct))
        {
            db.HonourTypes.AddRange(Domain.Honours.DefaultHonourCatalogue.Create());
            await db.SaveChangesAsync(ct);
        }
        // Also on existing databases: the table is new in the Training migration, and an empty table means "not configured yet".
        if (!await db.TitleEquivalences.AnyAsync(ct))
        {
            db.TitleEquivalences.AddRange(Domain.Training.TitleEquivalence.Defaults());
            await db.SaveChangesAsync(ct);
        }
    }
}
