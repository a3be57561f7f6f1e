using System.Globalization;
using SkillsLadder.Data;

namespace SkillsLadder.WorkerBench;

/// <summary>The command line, parsed strictly: an unknown option is an error, never a silent default.</summary>
internal sealed record BenchArguments(string Mode, DatabaseProvider Provider, string Connection, int Workers, int Runs, int Clients,
    int Seconds, int Accounts)
{
    public const string Usage = """
        usage: worker-bench pages|reevaluate --provider Sqlite|PostgreSql|SqlServer --connection "…" --workers N
                            [--runs 3] [--clients 8] [--seconds 10] [--accounts 200]

          The database holds a demo city of N workers (made by tools/SkillsLadder.DemoCity.Cli, or here when it is empty);
          the bench adds, once, wage agreements with every worker's pay grade and worker accounts to sign in with.
          pages       the real app as its own process; --clients concurrent clients for --seconds per target over many
                      workers: ladder progress (page and API), pay (page and API), and /api/auth/me as the baseline.
          reevaluate  the nightly ladder re-evaluation of every worker with nothing to change, and as the baseline a bare
                      SELECT of the same workers' rows and level histories.
          Each figure is the median of --runs runs, with the 1-minute load average of each run beside it.
        """;

    public static BenchArguments Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("pages" or "reevaluate")) throw new ArgumentException("The first argument is pages or reevaluate.");
        var values = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) throw new ArgumentException($"{args[i]}: an option and its value expected.");
            values[args[i][2..]] = args[i + 1];
        }
        var unknown = values.Keys.Except(["provider", "connection", "workers", "runs", "clients", "seconds", "accounts"]).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown option --{unknown[0]}.");
        var provider = Enum.Parse<DatabaseProvider>(values.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true);
        var connection = values.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required.");
        return new BenchArguments(args[0], provider, connection, Whole(values, "workers", null), Whole(values, "runs", 3),
            Whole(values, "clients", 8), Whole(values, "seconds", 10), Whole(values, "accounts", 200));
    }

    private static int Whole(Dictionary<string, string> values, string name, int? fallback) =>
        values.TryGetValue(name, out var text)
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} takes a whole number.")
            : fallback ?? throw new ArgumentException($"--{name} is required.");
}
