using System.Globalization;
using SkillsLadder.Data;

namespace SkillsLadder.DemoCity.Cli;

/// <summary>The command line, parsed strictly: an unknown option or a bad value is an error, never a silent default.</summary>
internal sealed record CliArguments(DemoCityOptions Options, DatabaseProvider Provider, string ConnectionString, bool Help)
{
    public const string DefaultSqliteConnection = "Data Source=demo-city.db";

    public const string Usage = """
        usage: demo-city [--workers N] [--enterprises N] [--seed N] [--as-of yyyy-MM-dd]
                         [--provider Sqlite|PostgreSql|SqlServer] [--connection "..."]

          Creates or migrates the database, then fills it with a demo city; the database must hold no directory yet.
          --workers      workers to generate (default 20000)
          --enterprises  enterprises (default: one per 66 workers, at least 10)
          --seed         random seed; the same seed and options give the same city (default 20261121)
          --as-of        the "today" of the data (default 2026-06-30)
          --provider     Sqlite (default), PostgreSql or SqlServer
          --connection   connection string (default for Sqlite: "Data Source=demo-city.db"; required for PostgreSql and SqlServer)
        """;

    /// <exception cref="ArgumentException">The message says what is wrong, for the user.</exception>
    public static CliArguments Parse(string[] args)
    {
        var options = new DemoCityOptions();
        var provider = DatabaseProvider.Sqlite;
        string? connection = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is "-h" or "--help") return new CliArguments(options, provider, "", Help: true);
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{option} needs a value.");
            switch (option)
            {
                case "--workers": options = options with { Workers = Whole(option, value, DemoCityOptions.MaxWorkers) }; break;
                case "--enterprises": options = options with { Enterprises = Whole(option, value, DemoCityOptions.MaxEnterprises) }; break;
                case "--seed": options = options with { Seed = Seed(value) }; break;
                case "--as-of": options = options with { AsOf = AsOf(value) }; break;
                case "--provider": provider = ProviderNamed(value); break;
                case "--connection":
                    connection = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("--connection needs a connection string.") : value;
                    break;
                default: throw new ArgumentException($"Unknown option {option}.");
            }
        }
        if (provider != DatabaseProvider.Sqlite && connection is null) throw new ArgumentException($"--connection is required for {provider}.");
        return new CliArguments(options, provider, connection ?? DefaultSqliteConnection, Help: false);
    }

    private static int Whole(string option, string value, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 && n <= max
            ? n : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{option} takes a whole number from 1 to {max:N0}, not \"{value}\"."));

    private static int Seed(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
            ? seed : throw new ArgumentException($"--seed takes a whole number, not \"{value}\".");

    private static DateOnly AsOf(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= DemoCityOptions.EarliestAsOf
            ? date : throw new ArgumentException($"--as-of takes a date yyyy-MM-dd from {DemoCityOptions.EarliestAsOf:yyyy-MM-dd} on, not \"{value}\".");

    /// <summary>By name only: Enum.TryParse would also take "1" or "Sqlite,PostgreSql".</summary>
    private static DatabaseProvider ProviderNamed(string value) =>
        Enum.GetValues<DatabaseProvider>().Where(p => string.Equals(p.ToString(), value, StringComparison.OrdinalIgnoreCase))
            .Select(p => (DatabaseProvider?)p).FirstOrDefault()
        ?? throw new ArgumentException($"--provider is Sqlite, PostgreSql or SqlServer, not \"{value}\".");
}
