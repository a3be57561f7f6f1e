using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Data;
using SkillsLadder.DemoCity;

// demo-city: makes a demo city of any size in a new or empty database, with a progress bar on stderr.
const string usage = """
    usage: demo-city [--workers N] [--enterprises N] [--seed N] [--as-of yyyy-MM-dd]
                     [--provider Sqlite|PostgreSql] [--connection "..."]
      defaults: 20000 workers, about one enterprise per 66 workers, seed 20261121, as of 2026-06-30,
                Sqlite in ./demo-city.db
    """;

var options = new DemoCityOptions();
var provider = DatabaseProvider.Sqlite;
string? connection = null;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--workers": options = options with { Workers = PositiveInt(Next(), "--workers") }; break;
            case "--enterprises": options = options with { Enterprises = PositiveInt(Next(), "--enterprises") }; break;
            case "--seed": options = options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
            case "--as-of": options = options with { AsOf = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture) }; break;
            case "--provider": provider = Enum.Parse<DatabaseProvider>(Next(), ignoreCase: true); break;
            case "--connection": connection = Next(); break;
            case "-h" or "--help": throw new ArgumentException("");
            default: throw new ArgumentException($"unknown option {args[i]}");
        }
    }
    if (provider != DatabaseProvider.Sqlite && connection is null) throw new ArgumentException("--connection is required for PostgreSql");
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    if (ex.Message.Length > 0) Console.Error.WriteLine($"demo-city: {ex.Message}");
    Console.Error.WriteLine(usage);
    return 2;
}

connection ??= "Data Source=demo-city.db";
var dbOptions = (DbContextOptions<SkillsLadderDbContext>)DatabaseSetup.Configure(new DbContextOptionsBuilder<SkillsLadderDbContext>(), provider, connection).Options;
await using var db = new SkillsLadderDbContext(dbOptions);
await new DatabaseInitializer(db, new DatabaseOptions { Provider = provider }, NullLogger<DatabaseInitializer>.Instance).InitialiseAsync();

var bar = new SkillsLadder.DemoCity.Cli.ProgressBar();
try
{
    var summary = await new DemoCityGenerator(db).GenerateAsync(options, new Progress<DemoCityProgress>(bar.Draw));
    bar.Done();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{summary.Industries} industries, {summary.Occupations} occupations, {summary.Enterprises:N0} enterprises, {summary.Workers:N0} workers, " +
        $"{summary.Certificates:N0} certificates, {summary.LevelChanges:N0} level changes: {summary.Rows:N0} rows in {summary.Elapsed.TotalSeconds:0.00} s ({summary.RowsPerSecond:N0} rows/s) on {provider}"));
    return 0;
}
catch (InvalidOperationException ex)
{
    bar.Done();
    Console.Error.WriteLine($"demo-city: {ex.Message}");
    return 1;
}

static int PositiveInt(string text, string option) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{option} takes a whole number above 0");
