using System.Diagnostics;
using System.Text.RegularExpressions;
using SkillsLadder.Data;

namespace SkillsLadder.PracticeBench;

/// <summary>
/// The real SkillsLadder.Web process (the build's dll, copied beside the bench by the project reference) on the bench's
/// database, in Production, on a free loopback port; as tests/SkillsLadder.Web.Tests/Jobs/AppProcess.cs starts it.
/// </summary>
internal sealed partial class BenchApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BenchApp(Process process) => _process = process;

    public Uri Url { get; private set; } = null!;
    public int ProcessId => _process.Id;

    public static async Task<BenchApp> StartAsync(DatabaseProvider provider, string connection)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SkillsLadder.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__SkillsLadder"] = connection;
        start.Environment["DemoCity__SeedWhenEmpty"] = "false";
        // Every worker signs in from this one address before the load starts.
        start.Environment["RateLimiting__SignInsPerMinute"] = "1000000";
        var app = new BenchApp(Process.Start(start)!);
        await app.WaitForListeningAsync();
        return app;
    }

    private async Task WaitForListeningAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lock (_output) _output.Add(line);
            if (ListeningLine().Match(line) is not { Success: true } listening) continue;
            Url = new Uri(listening.Groups["url"].Value);
            _ = KeepReadingAsync();
            return;
        }
        throw new InvalidOperationException($"the app did not start:\n{Output}\n{await _process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Keeps the pipes from filling up, and the last lines for a failure message.</summary>
    private async Task KeepReadingAsync()
    {
        var errors = _process.StandardError.ReadToEndAsync();
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
            lock (_output)
            {
                _output.Add(line);
                if (_output.Count > 400) _output.RemoveRange(0, 200);
            }
        await errors;
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(100)); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
