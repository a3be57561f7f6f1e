using SkillsLadder.Data;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>First-start work, before the server takes requests: schema, default ladder and (when asked) the demo city.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }
}
