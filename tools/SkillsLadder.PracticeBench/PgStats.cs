using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using SkillsLadder.Data;

namespace SkillsLadder.PracticeBench;

/// <summary>
/// PostgreSQL only: the statements each hand-in ran (pg_stat_statements, when the server preloads it), and the ceiling,
/// pgbench on the same server with the minimal hand-in transaction (one UPDATE of an attempt row; and, beside it, the
/// read and the UPDATE a hand-in runs) at the bench's client counts.
/// </summary>
internal static partial class PgStats
{
    public static async Task ResetAsync(BenchOptions options)
    {
        if (options.Provider != DatabaseProvider.PostgreSql) return;
        try { await ExecuteAsync(options, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();"); }
        catch (PostgresException) { } // not preloaded: no statement figures
    }

    public static async Task PrintAsync(BenchOptions options, int handIns)
    {
        if (options.Provider != DatabaseProvider.PostgreSql) return;
        try
        {
            await using var connection = new NpgsqlConnection(options.Connection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT calls, total_exec_time, mean_exec_time, left(regexp_replace(query, '\s+', ' ', 'g'), 150) FROM pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND calls >= 100 ORDER BY calls DESC LIMIT 12
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            Console.WriteLine("    statements (pg_stat_statements, last run): calls per hand-in, mean ms, statement");
            while (await reader.ReadAsync())
                Console.WriteLine($"      {reader.GetInt64(0) / (double)Math.Max(1, handIns),5:F2}  {reader.GetDouble(2),7:F3}  {reader.GetString(3)}");
        }
        catch (PostgresException ex) { Console.WriteLine($"    no statement figures: {ex.MessageText}"); }
    }

    public static async Task PgbenchAsync(BenchOptions options, int attempts)
    {
        if (options.Provider != DatabaseProvider.PostgreSql) return;
        const string write = """UPDATE "PracticeAttempts" SET "Status" = 'Submitted', "SubmittedAt" = now(), "Score" = 12, "MaxScore" = 26, "Answers" = 'A|B|AB|BCD|T|F|A|B|AB|BCD|T|F|A|B|AB|BCD|T|F|A|B', "TimeUsedSeconds" = 900 WHERE "Id" = :id;""";
        const string read = """SELECT a.*, r."BankId", r."ClosesAt" FROM "PracticeAttempts" a JOIN "PracticeRounds" r ON a."RoundId" = r."Id" WHERE a."Id" = :id;""";
        var scripts = new[] { ("one UPDATE", write), ("read + UPDATE", read + "\n" + write) };
        var database = new NpgsqlConnectionStringBuilder(options.Connection);
        foreach (var (name, sql) in scripts)
        {
            var file = Path.Combine(Path.GetTempPath(), $"practice-bench-{Environment.ProcessId}.sql");
            await File.WriteAllTextAsync(file, $"\\set id random(1, {attempts})\n{sql}\n");
            foreach (var clients in options.Clients)
            {
                var rates = new List<double>();
                for (var run = 0; run < options.Runs; run++)
                {
                    var tps = await RunPgbenchAsync(database, file, clients, options.PgbenchSeconds);
                    rates.Add(tps);
                    Console.WriteLine($"pgbench {name}, {clients} clients, run {run + 1}: {tps:F0} tps; load {Stats.Load()}");
                }
                Console.WriteLine($"pgbench {name}, {clients} clients: median {Stats.Median(rates):F0} tps");
            }
            File.Delete(file);
        }
    }

    private static async Task<double> RunPgbenchAsync(NpgsqlConnectionStringBuilder database, string file, int clients, int seconds)
    {
        var start = new ProcessStartInfo("pgbench", ["-n", "-M", "prepared", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", file, "-h", database.Host!, "-p", database.Port.ToString(CultureInfo.InvariantCulture),
            "-U", database.Username!, database.Database!]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var tps = Tps().Match(output);
        if (!tps.Success) throw new InvalidOperationException($"pgbench: {output}\n{errors}");
        return double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(BenchOptions options, string sql)
    {
        await using var connection = new NpgsqlConnection(options.Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
