using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace SkillsLadder.LoadBench;

/// <summary>
/// The ceiling a mark save is measured against: pgbench on the same server running the minimal transaction a save
/// needs, with nothing of the app around it: the sheet row's version, its four entries, four change rows and the
/// idempotency record, in one transaction, on tables shaped and indexed like the app's (schema "ceiling").
/// </summary>
public static partial class PgbenchCeiling
{
    private const int Sheets = 3200; // 400 entrants × 8 judges

    private const string Script = """
        \set sid random(1, 3200)
        \set v random(0, 2450)
        BEGIN;
        UPDATE ceiling.sheets SET version = version + 1, updated_at = now() WHERE id = :sid;
        UPDATE ceiling.entries SET value = :v, entered_by = 'judge', entered_at = now() WHERE sheet_id = :sid;
        INSERT INTO ceiling.changes (sheet_id, aspect, before_value, after_value, changed_by, changed_at)
          VALUES (:sid, 1, 0, :v, 'judge', now()), (:sid, 2, 0, :v, 'judge', now()), (:sid, 3, 0, :v, 'judge', now()), (:sid, 4, 0, :v, 'judge', now());
        INSERT INTO ceiling.processed (user_name, key, request_hash, result_json, created_at)
          VALUES ('judge', md5(random()::text || clock_timestamp()::text), md5(:sid::text), '{"sheetId":1,"version":2,"changed":4,"status":"Draft"}', now());
        COMMIT;
        """;

    public static async Task PrepareAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"""
            DROP SCHEMA IF EXISTS ceiling CASCADE; CREATE SCHEMA ceiling;
            CREATE TABLE ceiling.sheets (id int PRIMARY KEY, competition_id int NOT NULL, panel_id int NOT NULL, entrant_id int NOT NULL, judge_id int NOT NULL,
              status int NOT NULL DEFAULT 0, version int NOT NULL DEFAULT 1, updated_at timestamptz, UNIQUE (panel_id, judge_id, entrant_id));
            CREATE TABLE ceiling.entries (id serial PRIMARY KEY, sheet_id int NOT NULL REFERENCES ceiling.sheets, aspect int NOT NULL, value int,
              entered_by text, entered_at timestamptz, UNIQUE (sheet_id, aspect));
            CREATE TABLE ceiling.changes (id bigserial PRIMARY KEY, sheet_id int NOT NULL REFERENCES ceiling.sheets, aspect int, before_value int, after_value int,
              changed_by text NOT NULL, changed_at timestamptz NOT NULL);
            CREATE INDEX ON ceiling.changes (sheet_id);
            CREATE TABLE ceiling.processed (user_name text NOT NULL, key text NOT NULL, request_hash text NOT NULL, result_json text NOT NULL,
              created_at timestamptz NOT NULL, PRIMARY KEY (user_name, key));
            INSERT INTO ceiling.sheets (id, competition_id, panel_id, entrant_id, judge_id) SELECT g, 1, 1, (g - 1) / 8, (g - 1) % 8 FROM generate_series(1, {Sheets}) g;
            INSERT INTO ceiling.entries (sheet_id, aspect, value) SELECT s, a, 0 FROM generate_series(1, {Sheets}) s, generate_series(1, 4) a;
            ANALYZE;
            """;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Transactions per second at this many clients (extended protocol, as Npgsql sends without prepared statements).</summary>
    public static async Task<double> RunAsync(string connection, int clients, TimeSpan duration)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, Script);
        var pgbench = Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin", "pgbench")).Last(File.Exists);
        var start = new ProcessStartInfo(pgbench, ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username ?? "postgres",
            "-n", "-M", "extended", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", Math.Min(clients, 2).ToString(CultureInfo.InvariantCulture),
            "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-f", script, builder.Database!])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(script);
        var tps = Tps().Match(output);
        if (!tps.Success) throw new InvalidOperationException($"pgbench failed:\n{output}\n{errors}");
        return double.Parse(tps.Groups["tps"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = (?<tps>[\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
