using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Data;
using SkillsLadder.DemoCity;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;
using SkillsLadder.PayBench;

// pay-bench: times the negotiators' simulator (two proposals against the grid in force) over one enterprise of N
// workers, end to end through MediatR (read the workforce, cost both proposals, check both grids), and the pure
// simulation alone. Not a test: figures depend on the machine; it prints medians.
// Usage: pay-bench --workers 50000 [--runs 7] --provider Sqlite|PostgreSql|SqlServer [--connection "…"]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--")).ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
var workers = int.Parse(options.GetValueOrDefault("workers", "50000"), CultureInfo.InvariantCulture);
var runs = int.Parse(options.GetValueOrDefault("runs", "7"), CultureInfo.InvariantCulture);
var provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("provider", "Sqlite"));
var connection = options.GetValueOrDefault("connection") ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"pay-bench-{workers}.db")}";
if (provider == DatabaseProvider.PostgreSql && !connection.Contains("Database=pay_bench", StringComparison.OrdinalIgnoreCase))
    connection = connection.Replace("Database=postgres", "Database=pay_bench");
if (provider == DatabaseProvider.SqlServer && !connection.Contains("Database=pay_bench", StringComparison.OrdinalIgnoreCase))
    connection = connection.Replace("Database=master", "Database=pay_bench");

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider.ToString(), ["ConnectionStrings:SkillsLadder"] = connection,
}).Build();
var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
services.AddSkillsLadderData(configuration, Path.GetTempPath());
services.AddSkillsLadderApplication(configuration);
services.AddScoped<ICurrentUser, BenchUser>();
await using var root = services.BuildServiceProvider();

int agreementId;
int[] proposalIds;
await using (var scope = root.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
    await db.Database.EnsureDeletedAsync();
    await new DatabaseInitializer(db, new DatabaseOptions { Provider = provider }, NullLogger<DatabaseInitializer>.Instance).InitialiseAsync(default);
    var seeding = Stopwatch.StartNew();
    await new DemoCityGenerator().GenerateAsync(db, new DemoCityOptions { Workers = workers }, null, default);
    (agreementId, proposalIds) = await BenchEnterprise.GatherAsync(db, default);
    Console.WriteLine($"seeded one enterprise of {workers:N0} workers on {provider} in {seeding.Elapsed.TotalSeconds:F1} s");
}

var endToEnd = new List<double>();
var pure = new List<double>();
var read = new List<double>();
SimulationResult? last = null;
for (var run = 0; run < runs; run++)
{
    await using var scope = root.CreateAsyncScope();
    var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
    var clock = Stopwatch.StartNew();
    var simulation = await mediator.Send(new SimulatePayQuery(agreementId, proposalIds));
    endToEnd.Add(clock.Elapsed.TotalMilliseconds);
    last = simulation.Proposals[0].Result;

    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
    clock.Restart();
    var (workforce, current, proposed) = await BenchEnterprise.InputsAsync(db, agreementId, proposalIds[0], default);
    read.Add(clock.Elapsed.TotalMilliseconds);
    clock.Restart();
    CostSimulator.Simulate(workforce, current, proposed);
    pure.Add(clock.Elapsed.TotalMilliseconds);
}
Console.WriteLine($"workers covered {last!.Workers:N0}, affected {last.Affected:N0}, monthly delta ¥{Money.Yuan(last.MonthlyDeltaFen)}");
Console.WriteLine($"simulator end to end (2 proposals, {runs} runs): median {Median(endToEnd):F0} ms (min {endToEnd.Min():F0}, max {endToEnd.Max():F0})");
Console.WriteLine($"reading the workforce and both grids: median {Median(read):F0} ms; pure simulation of one proposal: median {Median(pure):F1} ms");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

internal sealed class BenchUser : ICurrentUser
{
    public bool IsAuthenticated => true;
    public string? UserName => "pay-bench";
    public int? UserId => null;
    public int? WorkerId => null;
    public int? EnterpriseId => null;
    public bool IsInRole(string role) => role == SkillsLadder.Data.Identity.AppRoles.Admin;
}
