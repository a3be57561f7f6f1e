using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// One person's session in a fresh browser context. It records every console error and failed request, and a
/// screenshot per step; <see cref="AssertCleanAsync"/> fails the journey on any problem not expected by name.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _folder;
    private readonly List<string> _problems = [];
    private readonly List<(string UrlPart, int Status)> _expected = [];
    private int _step;

    private Journey(IBrowserContext context, IPage page, string folder)
    {
        _context = context;
        Page = page;
        _folder = folder;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !_expected.Any(e => message.Text.Contains($"status of {e.Status}"))) _problems.Add($"console: {message.Text} at {message.Location}");
        };
        page.RequestFailed += (_, request) => _problems.Add($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !_expected.Any(e => response.Url.Contains(e.UrlPart) && response.Status == e.Status))
                _problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        };
    }

    public IPage Page { get; }

    public static async Task<Journey> StartAsync(BrowserFixture fixture, string name, ViewportSize? viewport = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.Url.ToString(), ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 860 },
        });
        // Bounds on failure, not pauses: a shared CI machine may be loaded many times over (Playwright's own 30 s for
        // actions and 5 s for assertions timed out there on a sign-in that takes a second on a quiet one).
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        var folder = Path.Combine(BrowserFixture.Artifacts, name);
        Directory.CreateDirectory(folder);
        return new Journey(context, await context.NewPageAsync(), folder);
    }

    /// <summary>An error answer this journey provokes on purpose (a 403 for someone else's page).</summary>
    public void Expect(string urlPart, int status) => _expected.Add((urlPart, status));

    public async Task ShotAsync(string step) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_folder, $"{++_step:D2}-{step}.png"), FullPage = true });

    /// <param name="newPassword">For an account an admin has just opened: the one-time password must be replaced by this one first.</param>
    public async Task SignInAsync(string userName, string password, string? newPassword = null)
    {
        await Page.GotoAsync("/");
        await Page.WaitForURLAsync(new Regex("/Account/Login"));
        await ShotAsync("login-form");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        if (newPassword is not null)
        {
            await Page.WaitForURLAsync(new Regex("/Account/ChangePassword$"));
            await Assertions.Expect(Page.GetByTestId("password-change-required")).ToBeVisibleAsync();
            await ShotAsync("one-time-password-must-be-changed");
            await Page.GetByLabel("当前密码").FillAsync(password);
            await Page.GetByLabel("新密码（至少 10 位，含小写字母和数字）").FillAsync(newPassword);
            await Page.GetByLabel("再次输入新密码").FillAsync(newPassword);
            await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        }
        await Page.WaitForURLAsync(new Regex("/$"));
    }

    public void AssertClean() => _problems.ShouldBeEmpty();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
