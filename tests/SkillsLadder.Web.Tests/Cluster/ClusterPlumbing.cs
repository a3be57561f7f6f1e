using System.Diagnostics;
using System.Reflection;
using Npgsql;
using Xunit.Sdk;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>
/// Debian's PgBouncer and HAProxy as real processes, started and stopped through tools/cluster.sh (which writes their
/// configs): PgBouncer pools the test database in transaction mode (the app's statements) and in session mode
/// (database name + "_session": the job engine); HAProxy balances the nodes round robin with a health check.
/// </summary>
public sealed class ClusterPlumbing : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment = [];

    private ClusterPlumbing() { }

    public int PgBouncerPort { get; private set; }
    public Uri? Balancer { get; private set; }

    /// <summary>PgBouncer in front of the test database's server.</summary>
    public static async Task<ClusterPlumbing> StartPgBouncerAsync(TestDatabase database)
    {
        var plumbing = new ClusterPlumbing();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var values = await plumbing.RunAsync("pgbouncer", server.Host!, server.Port.ToString(), server.Database!);
        plumbing._environment["CLUSTER_DIR"] = values["CLUSTER_DIR"];
        plumbing.PgBouncerPort = int.Parse(values["PGBOUNCER_PORT"]);
        return plumbing;
    }

    /// <summary>The settings that put a node on PgBouncer: transaction pooling for the app, the session pool for jobs.</summary>
    public Dictionary<string, string> NodeSettings(TestDatabase database)
    {
        var pooled = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = PgBouncerPort };
        var session = new NpgsqlConnectionStringBuilder(pooled.ConnectionString) { Database = pooled.Database + "_session" };
        return new()
        {
            ["Database:TransactionPooling"] = "true",
            ["ConnectionStrings:SkillsLadder"] = pooled.ConnectionString,
            ["ConnectionStrings:Jobs"] = session.ConnectionString,
        };
    }

    public async Task StartBalancerAsync(params Uri[] nodes)
    {
        var values = await RunAsync("haproxy", nodes.Select(n => n.ToString().TrimEnd('/')).ToArray());
        Balancer = new Uri($"http://127.0.0.1:{values["HAPROXY_PORT"]}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_environment.ContainsKey("CLUSTER_DIR")) await RunAsync("stop");
    }

    private async Task<Dictionary<string, string>> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Script, command, .. arguments])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tools/cluster.sh {command} failed ({process.ExitCode}):\n{await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1].Trim());
    }

    /// <summary>tools/cluster.sh of the checkout these tests were built from.</summary>
    private static string Script
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "tools", "cluster.sh"))) return Path.Combine(folder.FullName, "tools", "cluster.sh");
            throw new FileNotFoundException("tools/cluster.sh not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A node's settings with a home folder of its own: a key ring the nodes share can then only be the database's.</summary>
    public static Dictionary<string, string> WithOwnHome(IReadOnlyDictionary<string, string> settings) =>
        new(settings) { ["HOME"] = Directory.CreateTempSubdirectory("skillsladder-node-home-").FullName };

    public static bool BinariesPresent => File.Exists("/usr/sbin/haproxy") && File.Exists("/usr/sbin/pgbouncer");
}

/// <summary>
/// The PostgreSQL row of a cluster test. Skipped without PostgreSQL, or without Debian's haproxy and pgbouncer on a
/// developer's machine; in CI (CI=true) a missing binary fails the test instead, since tools/test.sh installs them.
/// </summary>
public sealed class ClusterDataAttribute : DataAttribute
{
    public ClusterDataAttribute()
    {
        if (TestServers.PostgreSql is null) Skip = TestServers.PostgreSqlMissing;
        else if (!ClusterPlumbing.BinariesPresent && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = "HAProxy and PgBouncer are not installed: run tools/test.sh (it installs Debian's haproxy and pgbouncer) or apt-get install them.";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.PostgreSql]];
}
