using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Benchmarks;
using SkillsLadder.Data;

// ranking-bench: times the ranking job end to end (read, compute, write the snapshot) against two baselines on the
// same database in the same run, and prints medians and ratios. Not a test: figures depend on the machine.
// Usage: ranking-bench --entrants 100000 [--judges 5] [--runs 3] [--warmup 2] [--keep] [--live 5] --provider Sqlite|PostgreSql|SqlServer --connection "…"
// --live N: afterwards, N times, one sheet submitted during marking and the time until the public board shows its effect.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--")).ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
var entrants = int.Parse(options.GetValueOrDefault("entrants", "10000"), CultureInfo.InvariantCulture);
var judges = int.Parse(options.GetValueOrDefault("judges", "5"), CultureInfo.InvariantCulture);
var runs = int.Parse(options.GetValueOrDefault("runs", "3"), CultureInfo.InvariantCulture);
// Untimed runs of all three first: the app is a long-running server whose ranking code is hot, while the first runs of
// a fresh process execute the .NET JIT's tier-0 code (at 2M marks the second job run still took 1.6–1.8 s against
// 1.1–1.3 s from the third on, with tier-1 code; the baselines are a few short loops and barely notice).
var warmups = int.Parse(options.GetValueOrDefault("warmup", "2"), CultureInfo.InvariantCulture);
var provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("provider", "Sqlite"));
var connection = options.GetValueOrDefault("connection") ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"ranking-bench-{entrants}.db")}";

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider.ToString(), ["ConnectionStrings:SkillsLadder"] = connection,
}).Build();
// The ranking handler's phase timings (read, hash, rank, write) go to stderr beside the totals.
var services = new ServiceCollection().AddLogging(logging => logging
        .AddFilter((category, level) => category == typeof(RecomputeStandingsHandler).FullName && level >= LogLevel.Debug)
        .AddSimpleConsole(console => console.SingleLine = true)
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
    .AddSingleton<IConfiguration>(configuration);
services.AddSkillsLadderData(configuration, Path.GetTempPath());
services.AddSkillsLadderApplication(configuration);
services.AddScoped<ICurrentUser, BenchUser>();
await using var provider_ = services.BuildServiceProvider();

int competitionId;
await using (var scope = provider_.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
    // --keep reuses a competition of this size seeded by an earlier run (seeding 2M marks takes minutes).
    var kept = options.ContainsKey("keep") ? await BenchCompetition.FindAsync(db, entrants, default) : null;
    if (kept is { } keptId)
    {
        competitionId = keptId;
        await db.Database.MigrateAsync(); // a schema newer than the seeding run's
        Console.Error.WriteLine($"{provider}: reusing the competition seeded earlier ({entrants:N0} entrants)");
    }
    else
    {
        await db.Database.EnsureDeletedAsync();
        await new DatabaseInitializer(db, new DatabaseOptions { Provider = provider }, NullLogger<DatabaseInitializer>.Instance).InitialiseAsync(default);
        var seeding = Stopwatch.StartNew();
        competitionId = await BenchCompetition.CreateAsync(db, entrants, judges, default);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {entrants:N0} entrants × {judges} judges × 4 aspects = {entrants * judges * 4:N0} marks loaded in {seeding.Elapsed.TotalSeconds:0.0} s"));
    }
}

async Task<double> TimeAsync(Func<SkillsLadderDbContext, IMediator, Task> work, bool changeInput)
{
    await using var scope = provider_.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
    // As after a real change of marks, the job must write a whole new snapshot: the latest one's input fingerprint is
    // made stale. Snapshots and their rows accumulate as they do in production (deleting them between runs left the
    // table full of dead rows on PostgreSQL, which no production table has).
    if (changeInput) await db.StandingsSnapshots.Where(s => s.CompetitionId == competitionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.InputHash, "benchmark"));
    var watch = Stopwatch.StartNew();
    await work(db, scope.ServiceProvider.GetRequiredService<IMediator>());
    return watch.Elapsed.TotalSeconds;
}

var job = new List<double>(); var sql = new List<double>(); var arrays = new List<double>();
Dictionary<int, long>? arrayTotals = null;
for (var run = -warmups; run < runs; run++)
{
    if (run == 0) (job, sql, arrays) = (new List<double>(), new List<double>(), new List<double>()); // the warm-up runs are not counted
    job.Add(await TimeAsync(async (_, mediator) =>
    {
        var result = await mediator.Send(new RecomputeStandingsCommand(competitionId));
        if (!result.Written || result.Entrants != entrants) throw new InvalidOperationException("The ranking job did not write a full snapshot.");
    }, changeInput: true));
    sql.Add(await TimeAsync(async (db, _) => { if (await Baselines.SqlAsync(db, competitionId, default) != entrants) throw new InvalidOperationException("SQL rows"); }, false));
    arrays.Add(await TimeAsync(async (db, _) => arrayTotals = (await Baselines.ArraysAsync(db, competitionId, default)).Totals, false));
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
if (runs > 0)
{
    // The job and the array baseline must agree on every total (the SQL one rounds in its database's own way).
    await using (var scope = provider_.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
        var latest = await db.StandingsSnapshots.Where(s => s.CompetitionId == competitionId).MaxAsync(s => s.Id);
        var snapshotTotals = await db.StandingsRows.Where(r => r.SnapshotId == latest).ToDictionaryAsync(r => r.EntrantId, r => (long)r.TotalHundredths);
        var differing = arrayTotals!.Count(t => snapshotTotals.GetValueOrDefault(t.Key) != t.Value);
        Console.Error.WriteLine($"totals differing between the job and the array baseline: {differing}");
    }
    var best = Math.Min(Median(sql), Median(arrays));
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"runs (s): job {string.Join(" ", job.Select(j => j.ToString("0.00", CultureInfo.InvariantCulture)))}; sql {string.Join(" ", sql.Select(j => j.ToString("0.00", CultureInfo.InvariantCulture)))}; arrays {string.Join(" ", arrays.Select(j => j.ToString("0.00", CultureInfo.InvariantCulture)))}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | {entrants:N0} × {judges} × 4 ({entrants * judges * 4:N0} marks) | " +
        $"{Median(job):0.00} s | {Median(sql):0.00} s | {Median(arrays):0.00} s | {Median(job) / best:0.0}× |"));
}

if (options.TryGetValue("live", out var liveTrials))
{
    var latencies = await LiveBench.RunAsync(provider_, competitionId, int.Parse(liveTrials, CultureInfo.InvariantCulture));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {provider} live | {entrants:N0} entrants | one sheet → board shows it: median {Median(latencies.ToList()):0.000} s, max {latencies.Max():0.000} s ({latencies.Count} trials) |"));
}
return 0;

internal sealed class BenchUser : ICurrentUser
{
    public bool IsAuthenticated => true;
    public string? UserName => "ranking-bench";
    public int? UserId => null;
    public int? WorkerId => null;
    public int? EnterpriseId => null;
    public bool IsInRole(string role) => role == SkillsLadder.Data.Identity.AppRoles.Admin;
}
