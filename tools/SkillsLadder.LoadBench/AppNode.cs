using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SkillsLadder.LoadBench;

/// <summary>
/// The app as the city runs it: the build's SkillsLadder.Web.dll in its own process (Production settings, warnings-only
/// logging), on the database under test, on a free loopback port, with a bootstrap admin the bench signs in as.
/// </summary>
public sealed partial class AppNode : IAsyncDisposable
{
    public const string AdminUser = "bench.admin";
    public const string AdminPassword = "Bench-admin-2026!";
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AppNode(Process process) => _process = process;

    public Uri Url { get; private set; } = null!;
    public int ProcessId => _process.Id;

    public static async Task<AppNode> StartAsync(string dll, string provider, string connection, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = provider;
        start.Environment["ConnectionStrings__SkillsLadder"] = connection;
        start.Environment["DemoCity__SeedWhenEmpty"] = "false";
        start.Environment["Accounts__BootstrapAdmin__UserName"] = AdminUser;
        start.Environment["Accounts__BootstrapAdmin__Password"] = AdminPassword;
        start.Environment["RateLimiting__SignInsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // the "Now listening on" line
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var node = new AppNode(Process.Start(start)!);
        await node.WaitForListeningAsync();
        return node;
    }

    private async Task WaitForListeningAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            _output.Add(line);
            if (ListeningLine().Match(line) is { Success: true } listening)
            {
                Url = new Uri(listening.Groups["url"].Value);
                _ = DrainAsync();
                return;
            }
        }
        throw new InvalidOperationException($"the app did not start:\n{string.Join('\n', _output)}\n{await _process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Keeps the pipes from filling up; the app's own warnings are not the bench's output.</summary>
    private async Task DrainAsync()
    {
        var errors = _process.StandardError.ReadToEndAsync();
        while (await _process.StandardOutput.ReadLineAsync() is not null) { }
        await errors;
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
