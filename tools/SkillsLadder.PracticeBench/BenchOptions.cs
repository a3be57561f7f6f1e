using System.Globalization;
using SkillsLadder.Data;

namespace SkillsLadder.PracticeBench;

/// <summary>The command line: --name value pairs, lists comma-separated.</summary>
internal sealed record BenchOptions(string Mode, int Participants, int Accounts, IReadOnlyList<int> Clients, int Runs, DatabaseProvider Provider,
    string Connection, string? PgData, bool Pgbench, int PgbenchSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "true");
        int Int(string name, string fallback) => int.Parse(o.GetValueOrDefault(name, fallback), CultureInfo.InvariantCulture);
        var participants = Int("participants", "200000");
        var provider = Enum.Parse<DatabaseProvider>(o.GetValueOrDefault("provider", "Sqlite"));
        var connection = o.GetValueOrDefault("connection") ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"practice-bench-{participants}.db")}";
        // The server's maintenance database is named; the bench works in its own.
        if (provider == DatabaseProvider.PostgreSql && !connection.Contains("Database=practice_bench", StringComparison.OrdinalIgnoreCase))
            connection = connection.Replace("Database=postgres", "Database=practice_bench");
        if (provider == DatabaseProvider.SqlServer && !connection.Contains("Database=practice_bench", StringComparison.OrdinalIgnoreCase))
            connection = connection.Replace("Database=master", "Database=practice_bench");
        var clients = o.GetValueOrDefault("clients") ?? o.GetValueOrDefault("concurrency", "8");
        return new BenchOptions(o.GetValueOrDefault("mode", "mediatr"), participants, Int("accounts", "2000"),
            clients.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList(), Int("runs", "3"), provider, connection,
            o.GetValueOrDefault("pg-data"), o.ContainsKey("pgbench"), Int("pgbench-seconds", "20"));
    }
}
