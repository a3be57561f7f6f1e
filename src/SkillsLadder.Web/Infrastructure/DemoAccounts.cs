using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// One account per role for the demo city, with fresh random passwords printed once to the console at the
/// first start (the only place they ever appear). Never called in production.
/// </summary>
public static class DemoAccounts
{
    public sealed record Account(string UserName, string DisplayName, string Role, int? WorkerId, int? EnterpriseId);

    public static async Task<IReadOnlyList<(Account Account, string Password)>> CreateAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SkillsLadderDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var enterprise = await db.Enterprises.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var worker = await db.Workers.Where(w => w.EnterpriseId == enterprise).OrderBy(w => w.Id).Select(w => new { w.Id, w.FullName }).FirstAsync();
        Account[] accounts =
        [
            new("admin", "系统管理员", AppRoles.Admin, null, null),
            new("organizer", "竞赛组织者", AppRoles.Organizer, null, null),
            new("judge", "裁判员", AppRoles.Judge, null, null),
            // A marking panel has three judges (DOMAIN.md §3); rare family names keep demo conflicts few.
            new("judge2", "邝志远", AppRoles.Judge, null, null),
            new("judge3", "阙丽华", AppRoles.Judge, null, null),
            new("reviewer", "市总工会人事评审", AppRoles.HrReviewer, null, null),
            new("hr", "企业人事", AppRoles.HrReviewer, null, enterprise),
            new("worker", worker.FullName, AppRoles.Worker, worker.Id, enterprise),
        ];
        var created = new List<(Account, string)>();
        foreach (var account in accounts)
        {
            var password = PasswordGenerator.New();
            var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, WorkerId = account.WorkerId, EnterpriseId = account.EnterpriseId };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, account.Role));
            created.Add((account, password));
        }
        return created;
    }

    public static void Print(IReadOnlyList<(Account Account, string Password)> accounts, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("==== Demo accounts (shown once; the passwords are stored nowhere else) ====");
        foreach (var (account, password) in accounts)
            output.WriteLine($"  {account.Role,-11} {account.UserName,-10} {password}   {account.DisplayName}");
        output.WriteLine("============================================================================");
        output.WriteLine();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
