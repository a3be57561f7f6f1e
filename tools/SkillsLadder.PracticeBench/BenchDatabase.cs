using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.PracticeBench;

/// <summary>The bench's own services on the database under test: the same data and application registrations as the web host.</summary>
internal static class BenchDatabase
{
    public static ServiceProvider Services(BenchOptions options, BenchClock clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider.ToString(), ["ConnectionStrings:SkillsLadder"] = options.Connection,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddSkillsLadderData(configuration, Path.GetTempPath());
        services.AddSkillsLadderApplication(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped<BenchUser>().AddScoped<ICurrentUser>(sp => sp.GetRequiredService<BenchUser>());
        return services.BuildServiceProvider();
    }

    /// <summary>A fresh, migrated database with the bench's city (<see cref="BenchCity"/>); <paramref name="more"/> adds to it.</summary>
    public static async Task<(List<int> RoundIds, List<BenchAttempt> Attempts)> SeedAsync(IServiceProvider root, BenchOptions options, int workers,
        int rounds, DateTime opens, DateTime closes, Func<SkillsLadderDbContext, List<BenchAttempt>, Task>? more = null)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
        await db.Database.EnsureDeletedAsync();
        await new DatabaseInitializer(db, new DatabaseOptions { Provider = options.Provider }, NullLogger<DatabaseInitializer>.Instance).InitialiseAsync(default);
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        var (roundIds, attempts) = await BenchCity.BuildAsync(db, workers, rounds, opens, closes, default);
        if (more is not null) await more(db, attempts);
        Console.WriteLine($"seeded {workers:N0} workers, {rounds} round(s), {attempts.Count:N0} started attempts, on {options.Provider} in {seeding.Elapsed.TotalSeconds:F1} s");
        return (roundIds, attempts);
    }

    /// <summary>Every attempt of the rounds back to started and not handed in, so the next run hands in the same attempts again.</summary>
    public static async Task ResetAttemptsAsync(SkillsLadderDbContext db, DatabaseProvider provider, IReadOnlyList<int> roundIds)
    {
        await db.PracticeAttempts.Where(a => roundIds.Contains(a.RoundId)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, AttemptStatus.InProgress).SetProperty(a => a.SubmittedAt, (DateTime?)null).SetProperty(a => a.Score, 0)
            .SetProperty(a => a.MaxScore, 0).SetProperty(a => a.Answers, (string?)null).SetProperty(a => a.TimeUsedSeconds, 0));
        // Each run starts from the same table, not from one bloated by the previous run's row versions.
        if (provider == DatabaseProvider.PostgreSql) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"PracticeAttempts\"");
    }
}

internal sealed class BenchUser : ICurrentUser
{
    public int? WorkerId { get; set; }
    public bool IsAuthenticated => true;
    public string? UserName => $"worker-{WorkerId}";
    public int? UserId => null;
    public int? EnterpriseId => null;
    public bool IsInRole(string role) => role == SkillsLadder.Data.Identity.AppRoles.Worker;
}

/// <summary>The bench sets the time: hand-ins inside the round, the ranking after its close.</summary>
internal sealed class BenchClock : TimeProvider
{
    public DateTime? Now { get; set; }
    public override DateTimeOffset GetUtcNow() => Now is { } now ? new DateTimeOffset(now) : System.GetUtcNow();
}
