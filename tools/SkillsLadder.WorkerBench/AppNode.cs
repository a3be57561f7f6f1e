using System.Diagnostics;
using System.Text.RegularExpressions;
using SkillsLadder.Data;

namespace SkillsLadder.WorkerBench;

/// <summary>
/// The real SkillsLadder.Web process, started as tests/SkillsLadder.Web.Tests/Jobs/AppProcess.cs does, from the app's
/// own Release build, on a free loopback port, with request logging off (a console line per request would be timed too)
/// and sign-in rate limits out of the way of the bench's hundreds of sign-ins.
/// </summary>
internal sealed partial class AppNode : IAsyncDisposable
{
    private readonly Process _process;

    private AppNode(Process process, Uri url) => (_process, Url) = (process, url);

    public Uri Url { get; }

    public static async Task<AppNode> StartAsync(DatabaseProvider provider, string connection)
    {
        var dll = AppDll();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__SkillsLadder"] = connection;
        start.Environment["DemoCity__SeedWhenEmpty"] = "false";
        start.Environment["RateLimiting__SignInsPerMinute"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is not { Success: true } listening) continue;
            var node = new AppNode(process, new Uri(listening.Groups["url"].Value));
            _ = node.DrainAsync();
            return node;
        }
        throw new InvalidOperationException($"The app did not start (exit code {(process.HasExited ? process.ExitCode : -1)}).");
    }

    private async Task DrainAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is not null) { }
    }

    /// <summary>The app's Release build in this checkout (the bench's project reference builds it).</summary>
    private static string AppDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "SkillsLadder.sln"))) continue;
            var dll = Path.Combine(dir.FullName, "src", "SkillsLadder.Web", "bin", "Release", "net10.0", "SkillsLadder.Web.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build with -c Release first.");
        }
        throw new InvalidOperationException("SkillsLadder.sln not found above the bench.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
