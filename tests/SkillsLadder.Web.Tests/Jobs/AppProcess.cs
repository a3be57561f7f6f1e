using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// The real SkillsLadder.Web process (the build's own dll) as one node on a shared database, on a free loopback port,
/// with its Hangfire server named after the node. Killed with SIGKILL, as a crash or an OOM kill would: no shutdown
/// code runs, its database sessions die with it.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AppProcess(Process process, string node)
    {
        _process = process;
        Node = node;
    }

    public string Node { get; }
    public Uri? Url { get; private set; }
    public bool HasExited => _process.HasExited;

    public static async Task<AppProcess> StartAsync(TestDatabase database, string node, IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SkillsLadder.Web.dll"); // copied beside the tests by the project reference
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__SkillsLadder"] = database.ConnectionString;
        start.Environment["DemoCity__SeedWhenEmpty"] = "false";
        start.Environment["Jobs__InstanceId"] = node;
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var app = new AppProcess(Process.Start(start)!, node);
        await app.WaitForListeningAsync();
        return app;
    }

    private async Task WaitForListeningAsync()
    {
        using var timeout = new CancellationTokenSource(JobsData.Patience);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lock (_output) _output.Add(line);
            if (ListeningLine().Match(line) is { Success: true } listening)
            {
                Url = new Uri(listening.Groups["url"].Value);
                _ = KeepReadingAsync();
                return;
            }
        }
        throw new InvalidOperationException($"{Node} did not start:\n{Output}\n{await _process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Keeps the pipes from filling up, and the lines for a failure message.</summary>
    private async Task KeepReadingAsync()
    {
        var errors = _process.StandardError.ReadToEndAsync();
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
            lock (_output) _output.Add(line);
        await errors;
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(200)); }
    }

    /// <summary>SIGKILL: the process ends at once, mid-statement if need be.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
