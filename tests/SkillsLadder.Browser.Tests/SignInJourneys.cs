using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneys(BrowserFixture fixture)
{
    public static TheoryData<string, string> Homes => new()
    {
        { "admin", "家企业" }, { "organizer", "家企业" }, { "reviewer", "家企业" }, { "hr", "家企业" },
        { "judge", "我的评判任务" }, { "worker", "我的技能等级与档案" },
    };

    [Journey]
    public async Task Every_demo_role_signs_in_and_lands_on_its_home_page()
    {
        fixture.App.Passwords.Keys.ShouldBe(["admin", "organizer", "judge", "judge2", "judge3", "reviewer", "hr", "worker"], ignoreOrder: true);
        foreach (var (userName, homeText) in Homes.Select(row => ((string)row[0], (string)row[1])))
        {
            await using var journey = await Journey.StartAsync(fixture, $"sign-in-{userName}");
            await journey.SignInAsync(userName, fixture.App.Passwords[userName]);

            await Assertions.Expect(journey.Page.Locator("main")).ToContainTextAsync(homeText);
            await Assertions.Expect(journey.Page.GetByTestId("current-user")).ToBeVisibleAsync();
            await journey.ShotAsync("home");
            journey.AssertClean();
        }
    }

    [Journey]
    public async Task A_worker_cannot_open_another_workers_page_by_editing_the_address()
    {
        await using var journey = await Journey.StartAsync(fixture, "worker-url-editing", new ViewportSize { Width = 390, Height = 844 });
        await journey.SignInAsync("worker", fixture.App.Passwords["worker"]);
        await journey.Page.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
        await journey.Page.WaitForURLAsync(new Regex(@"/Ladder/Worker/\d+$")); // "my record" opens the ladder first
        await Assertions.Expect(journey.Page.GetByTestId("ladder")).ToBeVisibleAsync();
        await journey.Page.GetByRole(AriaRole.Link, new() { Name = "职工档案", Exact = true }).ClickAsync();
        await journey.Page.WaitForURLAsync(new Regex(@"/Directory/Workers/Details/\d+$"));
        await Assertions.Expect(journey.Page.Locator("h2").First).ToContainTextAsync("等级变动记录");
        await Assertions.Expect(journey.Page.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true })).ToHaveCountAsync(0); // nothing offered that would be refused
        await journey.ShotAsync("own-record-on-a-phone");
        var ownId = int.Parse(journey.Page.Url.Split('/').Last());
        var otherId = ownId == 1 ? 2 : 1;

        journey.Expect($"/Directory/Workers/Details/{otherId}", 403);
        var response = await journey.Page.GotoAsync($"/Directory/Workers/Details/{otherId}");

        response!.Status.ShouldBe(403);
        await Assertions.Expect(journey.Page.Locator("h1")).ToHaveTextAsync("无权访问");
        await journey.ShotAsync("someone-elses-record-refused");
        journey.Expect("/Error/403", 403); // a signed-in user without the role is sent to the access-denied page
        (await journey.Page.GotoAsync("/Directory/Workers"))!.Status.ShouldBe(403);
        journey.AssertClean();
    }

    [Journey]
    public async Task The_language_switch_turns_the_shell_into_English_and_back()
    {
        await using var journey = await Journey.StartAsync(fixture, "language-switch");
        await journey.SignInAsync("organizer", fixture.App.Passwords["organizer"]);
        await journey.Page.GetByRole(AriaRole.Link, new() { Name = "职工名录" }).ClickAsync();
        await journey.ShotAsync("workers-in-chinese");

        await journey.Page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(journey.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(journey.Page.Locator("h1")).ToHaveTextAsync("Workers");
        journey.Page.Url.ShouldContain("/Directory/Workers");
        await journey.ShotAsync("workers-in-english");
        await journey.Page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(journey.Page.Locator("h1")).ToHaveTextAsync("职工名录");
        journey.AssertClean();
    }
}
