using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>One app process and one Chromium for the whole journey collection.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public RunningApp App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: SKILLSLADDER_ARTIFACTS (set by tools/test.sh), else beside the test binaries.</summary>
    public static string Artifacts { get; } = Environment.GetEnvironmentVariable("SKILLSLADDER_ARTIFACTS") is { Length: > 0 } folder
        ? Path.Combine(folder, "browser") : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        App = await RunningApp.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine has no network beyond loopback: keep Chromium from reaching out at all.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>A journey step test, skipped with the reason when Debian's Chromium is not installed.</summary>
public sealed class JourneyAttribute : FactAttribute
{
    public JourneyAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}: tools/test.sh installs Debian's chromium package.";
    }
}
