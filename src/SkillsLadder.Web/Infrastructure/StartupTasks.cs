using Microsoft.AspNetCore.Identity;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.DemoCity;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// First-start work, before the server takes requests: schema, roles and default ladder; outside production the
/// demo city with its demo accounts (printed once); and, where configured, the first admin of a real installation.
/// </summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitialiseAsync(ct);

        if (app.Configuration.GetValue<bool>("DemoCity:SeedWhenEmpty") && !app.Environment.IsProduction())
        {
            var options = app.Configuration.GetSection(DemoCityOptions.Section).Get<DemoCityOptions>() ?? new DemoCityOptions();
            var seeded = await DemoCitySeeder.SeedIfEmptyAsync(services.GetRequiredService<SkillsLadderDbContext>(), options,
                services.GetRequiredService<ILogger<DemoCityOptions>>(), ct);
            if (seeded)
            {
                await DemoCompetitions.SeedAsync(services.GetRequiredService<SkillsLadderDbContext>(), DateTime.UtcNow, ct);
                await DemoCampaigns.SeedAsync(services.GetRequiredService<SkillsLadderDbContext>(), DateTime.UtcNow, ct);
                DemoAccounts.Print(await DemoAccounts.CreateAsync(services), Console.Out);
            }
        }

        await BootstrapAdminAsync(app.Configuration, services);
    }

    /// <summary>A real installation has no demo accounts: Accounts:BootstrapAdmin:{UserName,Password} creates the first admin once.</summary>
    private static async Task BootstrapAdminAsync(IConfiguration configuration, IServiceProvider services)
    {
        var userName = configuration["Accounts:BootstrapAdmin:UserName"];
        var password = configuration["Accounts:BootstrapAdmin:Password"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var admin = new AppUser { UserName = userName, DisplayName = "系统管理员" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded) throw new InvalidOperationException("Bootstrap admin: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, AppRoles.Admin);
    }
}
