using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.WorkerBench;

/// <summary>
/// What the demo city lacks for the worker pages, added once: an industry-in-district wage agreement in force for every
/// industry and district that has enterprises, every covered worker's pay grade under it (written in bulk, as
/// <see cref="PayGradeRecorder.ApplyAgreementAsync"/> would record it), and worker accounts spread over the city.
/// </summary>
internal static class BenchFixtures
{
    public const string AgreementTitle = "基准测试能级工资协议";
    public const string AccountPrefix = "bench";
    public const string Password = "benchpass2026";

    public static async Task<int> AddPayAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        if (await db.WageAgreements.AnyAsync(a => a.Title.StartsWith(AgreementTitle), ct)) return 0;
        var classes = await db.PostClasses.OrderBy(c => c.Order).Select(c => c.Id).ToListAsync(ct);
        var ranks = await db.SkillLevels.OrderBy(l => l.Rank).Select(l => l.Rank).ToListAsync(ct);
        var scopes = await db.Enterprises.Select(e => new { e.IndustryId, e.District }).Distinct().ToListAsync(ct);
        var agreements = scopes.Select((s, i) =>
        {
            var grid = new PayGrid(classes.SelectMany((c, ci) => ranks.Select(r => new PayCell(c, r, 260_000 + ci * 60_000 + r * 30_000, 20_000 + r * 15_000))),
                20_000, 80_000);
            var agreement = new WageAgreement($"{AgreementTitle}{i + 1}", AgreementScope.IndustryInDistrict, null, s.IndustryId, s.District, "湖州市区",
                BargainingSide.Union, "依法提出开展能级工资集体协商的书面要约。", new DateOnly(2025, 1, 6), 36, PayEffectiveRule.NextPayMonth, new BargainingDeadlines());
            foreach (var side in new[] { BargainingSide.Union, BargainingSide.Employer })
                for (var n = 0; n < 3; n++) agreement.AddRepresentative(side, $"代表{(int)side}-{n}", null, n == 0);
            agreement.Reply(new DateOnly(2025, 1, 10));
            agreement.HoldRound(new DateOnly(2025, 1, 20), "第一轮：达成一致。", [(BargainingSide.Union, grid, null)]);
            agreement.AgreeDraft(grid, 0);
            agreement.RecordVote(CongressVote.Count(60, 55, 50), new DateOnly(2025, 2, 1));
            agreement.Sign(new DateOnly(2025, 2, 2));
            agreement.File(new DateOnly(2025, 2, 3));
            agreement.TakeEffect(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 10));
            return (Agreement: agreement, Grid: grid);
        }).ToList();
        db.WageAgreements.AddRange(agreements.Select(a => a.Agreement));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var written = 0;
        var defaultClass = classes[0];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using var table = new BulkTable<PayGradeChange>(db,
            ["WorkerId", "AgreementId", "PostClassId", "LevelRank", "Tier", "MonthlyFen", "EffectiveFrom", "Reason"]);
        foreach (var (agreement, grid) in agreements)
        {
            var rows = (await db.WorkforceAsync(db.CoveredBy(agreement), defaultClass, ct))
                .Select(m => (Member: m, Pay: grid.MonthlyPay(m.PostClassId, m.LevelRank, m.Tier)))
                .Where(x => x.Pay is not null)
                .Select(x => new object?[] { x.Member.WorkerId, agreement.Id, x.Member.PostClassId, x.Member.LevelRank, x.Member.Tier, x.Pay,
                    agreement.EffectiveFrom!.Value, "工资协议生效" }).ToList();
            written += await table.InsertAsync(rows, ct);
        }
        await transaction.CommitAsync(ct);
        return written;
    }

    /// <summary>
    /// Worker accounts for <paramref name="count"/> workers with a level, spread evenly over the ids. One password hash
    /// serves all of them (each hash carries its own salt; hashing hundreds would only time PBKDF2).
    /// </summary>
    public static async Task<List<(string UserName, int WorkerId)>> AccountsAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        var db = services.GetRequiredService<SkillsLadderDbContext>();
        var existing = await db.Users.Where(u => u.UserName!.StartsWith(AccountPrefix) && u.WorkerId != null)
            .OrderBy(u => u.WorkerId).Select(u => new { u.UserName, u.WorkerId }).ToListAsync(ct);
        if (existing.Count >= count) return existing.Take(count).Select(u => (u.UserName!, u.WorkerId!.Value)).ToList();

        var max = await db.Workers.MaxAsync(w => w.Id, ct);
        var stride = Math.Max(1, max / count);
        var taken = existing.Select(u => u.WorkerId!.Value).ToHashSet();
        var workers = await db.Workers.Where(w => w.CurrentSkillLevelId != null && w.Id % stride == 0).OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.FullName, w.EnterpriseId }).Take(count).ToListAsync(ct);
        var users = services.GetRequiredService<UserManager<AppUser>>();
        string? hash = null;
        foreach (var w in workers.Where(w => !taken.Contains(w.Id)))
        {
            var user = new AppUser { UserName = $"{AccountPrefix}{w.Id}", DisplayName = w.FullName, WorkerId = w.Id, EnterpriseId = w.EnterpriseId };
            if (hash is null)
            {
                Check(await users.CreateAsync(user, Password));
                hash = user.PasswordHash;
            }
            else
            {
                user.PasswordHash = hash;
                Check(await users.CreateAsync(user));
            }
            Check(await users.AddToRoleAsync(user, AppRoles.Worker));
        }
        return await db.Users.Where(u => u.UserName!.StartsWith(AccountPrefix) && u.WorkerId != null).OrderBy(u => u.WorkerId)
            .Select(u => new { u.UserName, u.WorkerId }).Take(count).ToListAsync(ct) is var all
            ? all.Select(u => (u.UserName!, u.WorkerId!.Value)).ToList() : [];
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
