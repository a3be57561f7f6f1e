using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// Issue 6's continuation of the contest journey: the published result proposes the top two for 市工匠; the federation
/// reviewer approves one (an admin gives the second approval the title asks for) and rejects the other; the public
/// notice runs with a real-name objection that is dismissed; after the notice the title is conferred and the winner
/// signs in to see tier 3 and what is left to the next level.
/// </summary>
public sealed partial class CompetitionJourney
{
    private const string HonourTitle = "市工匠";

    /// <summary>Before marking: the competition's rules name the title for its top two (DOMAIN.md §2, top N → title).</summary>
    private static async Task TopTwoBecomeCraftsmenAsync(RunningApp app, int competitionId)
    {
        using var api = await DemoApi.SignInAsync(app, "organizer");
        var version = (await api.GetAsync($"/api/competitions/{competitionId}")).GetProperty("version").GetInt32();
        await api.SendAsync(HttpMethod.Put, $"/api/competitions/{competitionId}/ranking-rules",
            new { competitionId, version, honourTopN = 2, honourTitle = HonourTitle });
    }

    private async Task HonoursFromTheResultAsync(Journey organizer, int competitionId)
    {
        var app = fixture.App;
        await organizer.Page.GotoAsync($"/Competitions/{competitionId}/Results");
        await organizer.Page.GetByTestId("propose-nominations").ClickAsync();
        await organizer.ShotAsync("nominations-proposed");

        using var reviewerApi = await DemoApi.SignInAsync(app, "reviewer");
        var proposed = (await reviewerApi.GetAsync("/api/honours/nominations")).GetProperty("items").EnumerateArray()
            .Select(n => n.GetProperty("id").GetInt32()).ToList();
        proposed.Count.ShouldBe(2);
        var byRank = new List<(int Id, int Rank, int WorkerId)>();
        foreach (var id in proposed)
        {
            var details = await reviewerApi.GetAsync($"/api/honours/nominations/{id}");
            byRank.Add((id, details.GetProperty("resultRank").GetInt32(), details.GetProperty("workerId").GetInt32()));
        }
        var (winner, runnerUp) = (byRank.MinBy(n => n.Rank), byRank.MaxBy(n => n.Rank));

        await using var reviewer = await Journey.StartAsync(fixture, "honours-review");
        await reviewer.SignInAsync("reviewer", app.Passwords["reviewer"]);
        await reviewer.Page.GotoAsync("/Honours/Nominations");
        await Assertions.Expect(reviewer.Page.GetByTestId("nomination")).ToHaveCountAsync(2);
        await reviewer.ShotAsync("review-queue");
        await DecideAsync(reviewer, winner.Id, approve: true, "成绩第一，技能精湛，符合市工匠条件。");
        await DecideAsync(reviewer, runnerUp.Id, approve: false, "从业年限不满市工匠评选要求，本次不予推荐。");
        await Assertions.Expect(reviewer.Page.GetByTestId("status")).ToHaveTextAsync("未通过");

        // 市工匠 asks for a second approval by someone other than the first reviewer.
        await using var admin = await Journey.StartAsync(fixture, "honours-second-approval");
        await admin.SignInAsync("admin", app.Passwords["admin"]);
        await admin.Page.GotoAsync($"/Honours/Nominations/{winner.Id}");
        await admin.Page.GetByTestId("reason").FillAsync("复核同意。");
        await admin.Page.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(admin.Page.GetByTestId("status")).ToHaveTextAsync("公示中");
        await admin.ShotAsync("on-notice");
        admin.AssertClean();

        // The notice starts on the next working day: the app's clock moves there (sessions of 8 hours expire on the way,
        // so each later step signs in again), a visitor objects, the reviewer dismisses it, and after the last notice
        // day the title is conferred.
        var onNotice = await reviewerApi.GetAsync($"/api/honours/nominations/{winner.Id}");
        var (starts, ends) = (DateOnly.Parse(onNotice.GetProperty("noticeStartsOn").GetString()!), DateOnly.Parse(onNotice.GetProperty("noticeEndsOn").GetString()!));
        await app.MoveClockAsync(DaysUntil(starts));
        await ObjectOnTheNoticeAsync();
        await using (var deciding = await Journey.StartAsync(fixture, "honours-objection-decided"))
        {
            await deciding.SignInAsync("reviewer", app.Passwords["reviewer"]);
            await deciding.Page.GotoAsync($"/Honours/Nominations/{winner.Id}");
            await deciding.Page.GetByTestId("decision").FillAsync("经核实，该同志参赛作品系本人独立完成，异议不成立。");
            await deciding.Page.GetByTestId("dismiss").ClickAsync();
            await Assertions.Expect(deciding.Page.GetByTestId("objection")).ToContainTextAsync("异议不成立");
            await deciding.ShotAsync("objection-dismissed");
            deciding.AssertClean();
        }

        await app.MoveClockAsync(DaysUntil(ends.AddDays(1)));
        await using var conferring = await Journey.StartAsync(fixture, "honours-conferral");
        await conferring.SignInAsync("reviewer", app.Passwords["reviewer"]);
        await conferring.Page.GotoAsync($"/Honours/Nominations/{winner.Id}");
        await conferring.Page.GetByTestId("confer").ClickAsync();
        await Assertions.Expect(conferring.Page.GetByTestId("status")).ToHaveTextAsync("已授予");
        await conferring.ShotAsync("conferred");
        conferring.AssertClean();
        reviewer.AssertClean();

        await TheWinnerSeesTierThreeAsync(winner.WorkerId);
    }

    /// <summary>Days from the app's real "today" (China time, as the rules count) to <paramref name="day"/>, at noon there.</summary>
    private static double DaysUntil(DateOnly day)
    {
        var chinaNow = DateTime.UtcNow.AddHours(8);
        return (day.ToDateTime(new TimeOnly(12, 0)) - chinaNow).TotalDays;
    }

    private static async Task DecideAsync(Journey reviewer, int nominationId, bool approve, string reason)
    {
        await reviewer.Page.GotoAsync($"/Honours/Nominations/{nominationId}");
        await reviewer.Page.GetByTestId("reviewer").SelectOptionAsync(new SelectOptionValue { Label = "市总工会人事评审（reviewer）" });
        await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "分派" }).ClickAsync();
        await reviewer.Page.GetByTestId("reason").FillAsync(reason);
        await reviewer.Page.GetByTestId(approve ? "approve" : "reject").ClickAsync();
        await reviewer.ShotAsync(approve ? "first-approval" : "rejected");
    }

    /// <summary>Anyone may object on the public list, with a real name and ID number; an anonymous try is refused first.</summary>
    private async Task ObjectOnTheNoticeAsync()
    {
        await using var visitor = await Journey.StartAsync(fixture, "honours-objection");
        await visitor.Page.GotoAsync("/Notices");
        await Assertions.Expect(visitor.Page.GetByTestId("notice")).ToHaveCountAsync(1);
        await FileAsync(visitor.Page, "匿名", "该同志的参赛作品疑似由他人代为完成，请予核实。");
        await Assertions.Expect(visitor.Page.GetByTestId("notice").First).ToContainTextAsync("匿名异议不予受理");
        await FileAsync(visitor.Page, "林晓东", "该同志的参赛作品疑似由他人代为完成，请予核实。");
        await visitor.ShotAsync("objection-filed");
        visitor.AssertClean();
    }

    private static async Task FileAsync(IPage page, string name, string text)
    {
        var form = page.GetByTestId("notice").First;
        if (await form.Locator("details").GetAttributeAsync("open") is null) await form.Locator("summary").ClickAsync();
        await form.Locator("input[name='Command.Name']").FillAsync(name);
        await form.Locator("input[name='Command.IdNumber']").FillAsync(IdNumbers.Valid(new DateOnly(1979, 5, 4), 217));
        await form.Locator("input[name='Command.Contact']").FillAsync("13905720001");
        await form.Locator("textarea[name='Command.Text']").FillAsync(text);
        await form.GetByRole(AriaRole.Button, new() { Name = "提交异议" }).ClickAsync();
    }

    private async Task TheWinnerSeesTierThreeAsync(int workerId)
    {
        var app = fixture.App;
        using var admin = await DemoApi.SignInAsync(app, "admin");
        var account = await admin.SendAsync(HttpMethod.Post, "/api/accounts",
            new { userName = "winner", displayName = "竞赛第一名", role = "Worker", workerId });
        await using var worker = await Journey.StartAsync(fixture, "honours-worker", new ViewportSize { Width = 390, Height = 844 });
        await worker.SignInAsync("winner", account.GetProperty("initialPassword").GetString()!, newPassword: "winner-own-pass-1");
        await worker.Page.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
        await Assertions.Expect(worker.Page.GetByTestId("tier")).ToHaveTextAsync("工匠人才");
        await Assertions.Expect(worker.Page.GetByTestId("ladder")).ToBeVisibleAsync();
        await Assertions.Expect(worker.Page.GetByTestId("timeline")).ToContainTextAsync(HonourTitle);
        await worker.ShotAsync("worker-sees-tier-three-on-a-phone");
        worker.AssertClean();
    }
}

/// <summary>National ID numbers with a valid GB 11643 check character, for forms that verify them.</summary>
internal static class IdNumbers
{
    public static string Valid(DateOnly birth, int sequence)
    {
        var body = $"330502{birth:yyyyMMdd}{sequence:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
