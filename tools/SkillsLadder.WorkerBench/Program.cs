using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.DemoCity;
using SkillsLadder.WorkerBench;
using static SkillsLadder.WorkerBench.Figures;

// worker-bench: a worker's own pages (ladder progress, pay grade) over HTTP on the real app, and the nightly ladder
// re-evaluation, at the city size given (issue 18, item 6). Not a test: the figures depend on the machine.
// Exit codes: 0 done, 2 bad arguments.
BenchArguments a;
try
{
    a = BenchArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"worker-bench: {ex.Message}\n\n{BenchArguments.Usage}");
    return 2;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = a.Provider.ToString(), ["ConnectionStrings:SkillsLadder"] = a.Connection,
}).Build();
var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddSingleton<IConfiguration>(configuration);
services.AddSkillsLadderData(configuration, Path.GetTempPath());
services.AddSkillsLadderApplication(configuration);
services.AddScoped<ICurrentUser, BenchAdmin>();
await using var root = services.BuildServiceProvider();

List<(string UserName, int WorkerId)> accounts;
await using (var scope = root.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
    await new DatabaseInitializer(db, new DatabaseOptions { Provider = a.Provider }, NullLogger<DatabaseInitializer>.Instance).InitialiseAsync(default);
    var watch = Stopwatch.StartNew();
    if (!await db.Workers.AnyAsync())
        await new DemoCityGenerator().GenerateAsync(db, new DemoCityOptions { Workers = a.Workers });
    var workers = await db.Workers.CountAsync();
    if (workers != a.Workers) throw new InvalidOperationException($"The database holds {workers:N0} workers, not {a.Workers:N0}.");
    var grades = await BenchFixtures.AddPayAsync(db, default);
    accounts = await BenchFixtures.AccountsAsync(scope.ServiceProvider, a.Accounts, default);
    Console.WriteLine($"city of {workers:N0} workers on {a.Provider}; {grades:N0} pay grades added, {accounts.Count} worker accounts; " +
                      $"ready in {F(watch.Elapsed.TotalSeconds)} s");
}

if (a.Mode == "reevaluate")
{
    var (first, firstMs) = await Reevaluation.SweepAsync(root);
    Console.WriteLine($"bring-up run: {first.Workers:N0} workers, {first.TierChanges:N0} tier changes in {F(firstMs / 1000)} s");
    var runs = new List<(double Sweep, double Baseline, int Changes, double Load)>();
    for (var run = 1; run <= a.Runs; run++)
    {
        var (result, sweepMs) = await Reevaluation.SweepAsync(root);
        var (rows, baselineMs) = await Reevaluation.BaselineAsync(root);
        runs.Add((sweepMs, baselineMs, result.TierChanges, Load1()));
        Console.WriteLine($"run {run}: re-evaluation {result.Workers:N0} workers in {result.Batches} batches, {result.TierChanges} changes: " +
                          $"{F(sweepMs / 1000, "0.00")} s; baseline SELECT {rows:N0} rows: {F(baselineMs / 1000, "0.00")} s; load {F(runs[^1].Load, "0.00")}");
    }
    var (sweep, baseline) = (Median(runs.Select(r => r.Sweep)), Median(runs.Select(r => r.Baseline)));
    Console.WriteLine($"SUMMARY reevaluate {a.Provider} workers={a.Workers} changes={runs.Sum(r => r.Changes)} median={F(sweep / 1000, "0.00")}s " +
                      $"baseline_select={F(baseline / 1000, "0.00")}s ratio={F(sweep / baseline, "0.0")}x runs={a.Runs} load={Loads(runs.Select(r => r.Load))}");
    return 0;
}

await using var app = await AppNode.StartAsync(a.Provider, a.Connection);
using var load = new PageLoad(app.Url, a.Clients);
var signedIn = await load.SignInAsync(accounts, BenchFixtures.Password);
Console.WriteLine($"app at {app.Url}; {signedIn.Count} workers signed in (token and cookie)");
foreach (var (name, request) in PageLoad.Targets) await load.RunAsync(name, request, signedIn, TimeSpan.FromSeconds(3)); // warm-up
var results = new List<LoadRun>();
for (var run = 1; run <= a.Runs; run++)
    foreach (var (name, request) in PageLoad.Targets)
    {
        results.Add(await load.RunAsync(name, request, signedIn, TimeSpan.FromSeconds(a.Seconds)));
        Console.WriteLine($"run {run}: {results[^1]}");
    }
var baselineP95 = Median(results.Where(r => r.Target == "baseline-me").Select(r => r.P95));
foreach (var group in results.GroupBy(r => r.Target))
    Console.WriteLine($"SUMMARY pages {a.Provider} workers={a.Workers} clients={a.Clients} target={group.Key} " +
                      $"p50={F(Median(group.Select(r => r.P50)), "0.00")}ms p95={F(Median(group.Select(r => r.P95)), "0.00")}ms " +
                      $"p99={F(Median(group.Select(r => r.P99)), "0.00")}ms rps={F(Median(group.Select(r => r.PerSecond)), "0")} " +
                      $"errors={group.Sum(r => r.Errors)} p95_vs_baseline={F(Median(group.Select(r => r.P95)) / baselineP95, "0.0")}x " +
                      $"runs={group.Count()} load={Loads(group.Select(r => r.Load))}");
return 0;

/// <summary>The nightly job runs as no one in particular; the pipeline asks only for a name to log.</summary>
internal sealed class BenchAdmin : ICurrentUser
{
    public int? WorkerId => null;
    public bool IsAuthenticated => true;
    public string? UserName => "worker-bench";
    public int? UserId => null;
    public int? EnterpriseId => null;
    public bool IsInRole(string role) => role == SkillsLadder.Data.Identity.AppRoles.Admin;
}
