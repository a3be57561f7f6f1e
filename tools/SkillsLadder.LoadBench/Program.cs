using System.Globalization;
using Npgsql;
using SkillsLadder.LoadBench;

// load-bench: mark saves over HTTP against the real app, as issue 18's table measured them, in one run. Starts the app
// (the build's SkillsLadder.Web.dll) on a fresh database, sets up the contests by the API, drives saves from each client
// count for a fixed time on 1 contest and spread over all of them, probes the live board's delay, measures the ceiling
// (pgbench with the minimal save transaction on the same server), and saves with the ranking jobs switched off, for
// what background ranking costs the saves. Prints medians of --runs runs with the load average of each. Not a test.
// Usage: load-bench --provider PostgreSql|Sqlite [--connection "…"] [--clients 1,8,32] [--contests 4] [--entrants 400]
//        [--judges 8] [--seconds 15] [--warmup 3] [--runs 3] [--app path/to/SkillsLadder.Web.dll]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--")).ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
int Option(string name, int fallback) => int.Parse(options.GetValueOrDefault(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
var provider = options.GetValueOrDefault("provider", "PostgreSql");
var clientCounts = options.GetValueOrDefault("clients", "1,8,32").Split(',').Select(int.Parse).ToList();
var (contestCount, entrants, judges, runs) = (Option("contests", 4), Option("entrants", 400), Option("judges", 8), Option("runs", 3));
var duration = TimeSpan.FromSeconds(Option("seconds", 15));
var warmup = TimeSpan.FromSeconds(Option("warmup", 3));
var root = FindRoot();
var dll = options.GetValueOrDefault("app") ?? Path.Combine(root, "src/SkillsLadder.Web/bin/Release/net10.0/SkillsLadder.Web.dll");
var connection = await FreshDatabaseAsync(provider, options.GetValueOrDefault("connection"));

Console.WriteLine($"load-bench {DateTime.UtcNow:u} on {Environment.ProcessorCount} cores, {provider}; {contestCount} contests × {entrants} entrants × {judges} judges × 4 aspects; " +
                  $"{runs} runs of {duration.TotalSeconds:F0} s each (after {warmup.TotalSeconds:F0} s warm-up); figures are medians, load averages per run");
var rows = new List<(string Name, LoadResult Result)>();
Contests contests;
MarkSaveLoad firstLoad;
var withRanking = new Dictionary<int, LoadResult>();
var probe = default(LiveProbe);
await using (var app = await AppNode.StartAsync(dll, provider, connection, new Dictionary<string, string>()))
{
    using var http = Api.Client(app.Url);
    await Database.SeedCatalogueAsync(provider, connection);
    contests = await ContestSetup.CreateAsync(http, contestCount, entrants, judges, DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)[^6..]);
    var load = new MarkSaveLoad(http, contests);
    firstLoad = load;
    var cpu = new CpuMeter(app.ProcessId, DatabasePort(provider, connection));
    probe = LiveProbe.For(provider, connection, contests);
    await load.RunAsync(8, contests.CompetitionIds, TimeSpan.Zero, TimeSpan.FromSeconds(5)); // JIT and pools warm, every sheet exists
    foreach (var clients in clientCounts)
    {
        var one = new List<LoadResult>();
        var spread = new List<LoadResult>();
        for (var run = 0; run < runs; run++)
        {
            one.Add(await load.RunAsync(clients, [contests.CompetitionIds[0]], warmup, duration, clients == clientCounts.Max() ? probe : null, cpu));
            if (contestCount > 1) spread.Add(await load.RunAsync(clients, contests.CompetitionIds, warmup, duration, cpu: cpu));
        }
        rows.Add(($"saves, {clients,2} clients, 1 contest", withRanking[clients] = LoadResult.Median(one)));
        if (contestCount > 1) rows.Add(($"saves, {clients,2} clients, {contestCount} contests", LoadResult.Median(spread)));
        Console.WriteLine($"  {rows[^1].Name}: {rows[^1].Result}");
    }
}

// The same saves with no job server in the app: what the background ranking costs them.
var most = clientCounts.Max();
await using (var app = await AppNode.StartAsync(dll, provider, connection, new Dictionary<string, string> { ["Jobs:Enabled"] = "false" }))
{
    using var http = Api.Client(app.Url);
    var quiet = new List<LoadResult>();
    var load = firstLoad.With(http, await ReSignInAsync(http, contests));
    var cpu = new CpuMeter(app.ProcessId, DatabasePort(provider, connection));
    await load.RunAsync(8, contests.CompetitionIds, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    for (var run = 0; run < runs; run++) quiet.Add(await load.RunAsync(most, [contests.CompetitionIds[0]], warmup, duration, cpu: cpu));
    rows.Add(($"saves, {most,2} clients, 1 contest, no ranking jobs", LoadResult.Median(quiet)));
    Console.WriteLine($"  {rows[^1].Name}: {rows[^1].Result}");
}

var ceilings = new Dictionary<int, double>();
if (provider == "PostgreSql")
{
    await PgbenchCeiling.PrepareAsync(connection);
    foreach (var clients in clientCounts)
    {
        var tps = new List<double>();
        for (var run = 0; run < runs; run++) tps.Add(await PgbenchCeiling.RunAsync(connection, clients, duration));
        ceilings[clients] = LoadResult.MedianOf(tps);
        Console.WriteLine($"  pgbench, minimal save transaction, {clients,2} clients: {ceilings[clients]:F0} tps");
    }
}

Console.WriteLine();
Console.WriteLine($"| {provider} | saves/s | p50 ms | p95 ms | p99 ms | failed | ÷ ceiling | CPU ms/save app + db | load average per run |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach (var (name, r) in rows)
{
    var clients = int.Parse(name.Split(',')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    var ratio = ceilings.TryGetValue(clients, out var ceiling) ? $"{r.PerSecond / ceiling:P0} of {ceiling:F0}" : "—";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {r.PerSecond:F0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.Failed} | {ratio} | {r.AppMsPerSave:F2} + {r.DatabaseMsPerSave:F2} | {r.LoadAverage} |"));
}
var ranked = withRanking[most].PerSecond;
var unranked = rows[^1].Result.PerSecond;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"background ranking costs the saves {(unranked - ranked) / unranked:P1} at {most} clients ({ranked:F0}/s with the jobs, {unranked:F0}/s without)"));
if (probe is { DelaysMs.Count: > 0 } p)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"live board under {most}-client load: a save shows after median {LoadResult.MedianOf(p.DelaysMs):F0} ms, at most {p.DelaysMs.Max():F0} ms ({p.DelaysMs.Count} probes)"));

static int? DatabasePort(string provider, string connection) => provider == "PostgreSql" ? new NpgsqlConnectionStringBuilder(connection).Port : null;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "SkillsLadder.sln"))) return dir.FullName;
    throw new InvalidOperationException("run from within the repository");
}

// A new database each run: PostgreSQL's load_bench dropped and made again by the app's migrations; SQLite a new file.
static async Task<string> FreshDatabaseAsync(string provider, string? given)
{
    if (provider == "Sqlite")
    {
        var file = Path.Combine(Path.GetTempPath(), "load-bench.db");
        foreach (var path in Directory.GetFiles(Path.GetTempPath(), "load-bench.db*")) File.Delete(path);
        return given ?? $"Data Source={file}";
    }
    var server = new NpgsqlConnectionStringBuilder(given ?? Environment.GetEnvironmentVariable("SKILLSLADDER_TEST_PG")
        ?? throw new InvalidOperationException("--connection or SKILLSLADDER_TEST_PG: a PostgreSQL server"));
    await using (var db = new NpgsqlConnection(server.ConnectionString))
    {
        await db.OpenAsync();
        await using var drop = db.CreateCommand();
        drop.CommandText = "DROP DATABASE IF EXISTS load_bench WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
    server.Database = "load_bench";
    return server.ConnectionString;
}

// Tokens are the issuing node's data-protection keys' work: a restarted node signs the judges in again.
static async Task<IReadOnlyList<string>> ReSignInAsync(HttpClient http, Contests contests)
{
    var tokens = new List<string>();
    for (var j = 0; j < contests.JudgeTokens.Count; j++) tokens.Add(await Api.SignInAsync(http, ContestSetup.JudgeUserName(contests.Tag, j), ContestSetup.Password));
    return tokens;
}
