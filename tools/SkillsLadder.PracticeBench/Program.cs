using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Data;
using SkillsLadder.PracticeBench;

// practice-bench: a city-wide online practice round (网上练兵). Measures (a) hand-ins accepted per second through the
// real MediatR hand-in command (validation, transaction, marking) with several concurrent senders, and (b) the time
// from the round's close to the published board: RankPracticeRoundCommand end to end (read every submitted attempt,
// rank people, enterprises and industries, write the board in bulk), repeated, median printed. Not a test.
// Usage: practice-bench --participants 200000 [--concurrency 8] [--runs 3] --provider Sqlite|PostgreSql|SqlServer [--connection "…"]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--")).ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
var participants = int.Parse(options.GetValueOrDefault("participants", "200000"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "8"), CultureInfo.InvariantCulture);
var runs = int.Parse(options.GetValueOrDefault("runs", "3"), CultureInfo.InvariantCulture);
var provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("provider", "Sqlite"));
var connection = options.GetValueOrDefault("connection") ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"practice-bench-{participants}.db")}";
if (provider == DatabaseProvider.PostgreSql && !connection.Contains("Database=practice_bench", StringComparison.OrdinalIgnoreCase))
    connection = connection.Replace("Database=postgres", "Database=practice_bench");
if (provider == DatabaseProvider.SqlServer && !connection.Contains("Database=practice_bench", StringComparison.OrdinalIgnoreCase))
    connection = connection.Replace("Database=master", "Database=practice_bench");

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider.ToString(), ["ConnectionStrings:SkillsLadder"] = connection,
}).Build();
var clock = new BenchClock();
var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
services.AddSkillsLadderData(configuration, Path.GetTempPath());
services.AddSkillsLadderApplication(configuration);
services.AddSingleton<TimeProvider>(clock);
services.AddScoped<BenchUser>().AddScoped<ICurrentUser>(sp => sp.GetRequiredService<BenchUser>());
await using var root = services.BuildServiceProvider();

var opens = new DateTime(2026, 7, 1, 1, 0, 0, DateTimeKind.Utc);
int roundId;
List<BenchAttempt> attempts;
await using (var scope = root.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
    await db.Database.EnsureDeletedAsync();
    await new DatabaseInitializer(db, new DatabaseOptions { Provider = provider }, NullLogger<DatabaseInitializer>.Instance).InitialiseAsync(default);
    var seeding = Stopwatch.StartNew();
    (roundId, attempts) = await BenchCity.BuildAsync(db, participants, opens, default);
    Console.WriteLine($"seeded {participants:N0} workers in {participants / 100:N0} enterprises and 20 industries, {attempts.Count:N0} started attempts, " +
                      $"on {provider} in {seeding.Elapsed.TotalSeconds:F1} s");
}

// (a) Hand-ins: every attempt, concurrent senders each with its own scope (DbContext) per request, as on the web.
clock.Now = opens.AddMinutes(15);
var next = -1;
var refused = 0;
var handIns = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < attempts.Count)
    {
        var attempt = attempts[i];
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BenchUser>().WorkerId = attempt.WorkerId;
        // A spread of marks: each answer drawn from a small set, so some are right and many tie.
        var random = new Random(attempt.WorkerId);
        var answers = Enumerable.Range(0, BenchCity.QuestionCount).Select(_ => (string?)new[] { "A", "B", "AB", "BCD", "T", "F" }[random.Next(6)]).ToList();
        try { await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new HandInPracticeAttemptCommand { AttemptId = attempt.Id, Answers = answers }); }
        catch (Exception) { Interlocked.Increment(ref refused); }
    }
})));
handIns.Stop();
Console.WriteLine($"(a) hand-ins: {attempts.Count - refused:N0} accepted ({refused} refused) in {handIns.Elapsed.TotalSeconds:F1} s with {concurrency} senders: " +
                  $"{(attempts.Count - refused) / handIns.Elapsed.TotalSeconds:F0} per second");

// (b) Close → published board: the ranking job's command, once per run (each writes a new numbered board).
clock.Now = opens.AddHours(2).AddSeconds(35);
var ranking = new List<double>();
PracticeBoardResult? last = null;
for (var run = 0; run < runs; run++)
{
    await using var scope = root.CreateAsyncScope();
    var watch = Stopwatch.StartNew();
    last = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RankPracticeRoundCommand(roundId, Again: true));
    ranking.Add(watch.Elapsed.TotalMilliseconds);
}
Console.WriteLine($"(b) close → published board: {last!.Participants:N0} people, {last.Rows:N0} rows; median {Median(ranking):F0} ms over {runs} runs " +
                  $"(min {ranking.Min():F0}, max {ranking.Max():F0})");
Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
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
    public DateTime Now { get; set; }
    public override DateTimeOffset GetUtcNow() => new(Now);
}
