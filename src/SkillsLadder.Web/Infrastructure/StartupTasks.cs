using SkillsLadder.Data;
using SkillsLadder.DemoCity;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>First-start work, before the server takes requests: schema, default ladder and (when asked) the demo city.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitialiseAsync(ct);

        if (app.Configuration.GetValue<bool>("DemoCity:SeedWhenEmpty"))
        {
            var options = app.Configuration.GetSection(DemoCityOptions.Section).Get<DemoCityOptions>() ?? new DemoCityOptions();
            await DemoCitySeeder.SeedIfEmptyAsync(services.GetRequiredService<SkillsLadderDbContext>(), options,
                services.GetRequiredService<ILogger<DemoCityOptions>>(), ct);
        }
    }
}
