using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Data;
using SkillsLadder.DemoCity;
using SkillsLadder.DemoCity.Cli;

// demo-city: creates or migrates a database and fills it with a demo city of any size, with a progress bar on stderr.
// Exit codes: 0 done, 1 the database refused or failed, 2 bad arguments.
CliArguments arguments;
try
{
    arguments = CliArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"demo-city: {ex.Message}");
    Console.Error.WriteLine();
    Console.Error.WriteLine(CliArguments.Usage);
    return 2;
}
if (arguments.Help)
{
    Console.WriteLine(CliArguments.Usage);
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop between transactions rather than dying mid-write; the batches already committed stay.
    e.Cancel = true;
    cancel.Cancel();
};

var bar = new ProgressBar();
try
{
    var dbOptions = (DbContextOptions<SkillsLadderDbContext>)DatabaseSetup
        .Configure(new DbContextOptionsBuilder<SkillsLadderDbContext>(), arguments.Provider, arguments.ConnectionString).Options;
    await using var db = new SkillsLadderDbContext(dbOptions);
    var started = Stopwatch.GetTimestamp();
    await new DatabaseInitializer(db, new DatabaseOptions { Provider = arguments.Provider }, NullLogger<DatabaseInitializer>.Instance)
        .InitialiseAsync(cancel.Token);
    var city = arguments.Options;
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{arguments.Provider} database ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s; generating {city.Workers:N0} workers " +
        $"in {city.EnterpriseCount:N0} enterprises, seed {city.Seed}, as of {city.AsOf:yyyy-MM-dd}"));

    var summary = await new DemoCityGenerator().GenerateAsync(db, city, bar, cancel.Token);
    bar.Done();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{summary.Industries} industries, {summary.Occupations} occupations, {summary.Enterprises:N0} enterprises, {summary.Workers:N0} workers, " +
        $"{summary.Certificates:N0} certificates, {summary.LevelChanges:N0} level changes"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{summary.Rows:N0} rows in {summary.Elapsed.TotalSeconds:0.00} s: {summary.RowsPerSecond:N0} rows/s on {arguments.Provider}"));
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or DbException or DbUpdateException or OperationCanceledException)
{
    bar.Done();
    Console.Error.WriteLine($"demo-city: {(ex is OperationCanceledException ? "cancelled; the batches written so far stay in the database." : ex.Message)}");
    return 1;
}
