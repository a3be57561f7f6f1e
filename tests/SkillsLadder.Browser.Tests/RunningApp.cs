using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// The real SkillsLadder.Web process, as the README's run command starts it (Development, demo city, demo accounts
/// printed once), on a free loopback port with a fresh SQLite file. The demo passwords are read from its output.
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;

    private RunningApp(Process process, string dataFolder, Uri url, IReadOnlyDictionary<string, string> passwords)
    {
        _process = process;
        _dataFolder = dataFolder;
        Url = url;
        Passwords = passwords;
    }

    public Uri Url { get; }
    /// <summary>Demo user name → password, as printed at the first start.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; }

    public static async Task<RunningApp> StartAsync()
    {
        var root = RepositoryRoot();
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var project = Path.Combine(root, "src", "SkillsLadder.Web");
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "SkillsLadder.Web.dll");
        var dataFolder = Directory.CreateTempSubdirectory("skillsladder-browser-").FullName;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0", "--contentRoot", project])
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = dataFolder;
        start.Environment["DemoCity__Workers"] = "400";
        // Journeys sign in many accounts within a minute; the limit itself is covered by the web tests.
        start.Environment["RateLimiting__SignInsPerMinute"] = "1000";
        // Journeys that wait for days to pass (a public notice) move the app's clock through this file (RehearsalClock).
        start.Environment["Clock__OffsetFile"] = Path.Combine(dataFolder, "clock.json");
        File.WriteAllText(Path.Combine(dataFolder, "clock.json"), "{ \"Clock\": { \"OffsetDays\": 0 } }");
        var process = Process.Start(start)!;

        var output = new List<string>();
        var passwords = new Dictionary<string, string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Add(line);
            if (DemoAccountLine().Match(line) is { Success: true } account) passwords[account.Groups["user"].Value] = account.Groups["password"].Value;
            if (ListeningLine().Match(line) is { Success: true } listening)
            {
                _ = DrainAsync(process); // keep the pipes from filling up while the app runs
                return new RunningApp(process, dataFolder, new Uri(listening.Groups["url"].Value), passwords);
            }
        }
        throw new InvalidOperationException("The app did not start:\n" + string.Join('\n', output) + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>How far ahead of the real clock the app's clock runs now (days), as last moved by a journey.</summary>
    public double ClockOffsetDays { get; private set; }

    /// <summary>The app's "today": China's date on its clock, as the rules count days.</summary>
    public DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddDays(ClockOffsetDays));

    /// <summary>Moves the app's clock to <paramref name="days"/> days ahead of the real one; the app re-reads the file on change.</summary>
    public async Task MoveClockAsync(double days)
    {
        ClockOffsetDays = days;
        await File.WriteAllTextAsync(Path.Combine(_dataFolder, "clock.json"), $$"""{ "Clock": { "OffsetDays": {{days.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } }""");
        await Task.Delay(TimeSpan.FromSeconds(2)); // the configuration file watcher debounces changes
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static async Task DrainAsync(Process process)
    {
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SkillsLadder.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SkillsLadder.sln not found above the test folder.");
    }

    [GeneratedRegex(@"^\s+(?<role>Admin|Organizer|Judge|HrReviewer|Worker)\s+(?<user>[a-z][a-z0-9]*)\s+(?<password>\S{12})\s")]
    private static partial Regex DemoAccountLine();

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
