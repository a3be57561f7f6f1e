using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkillsLadder.Application.Common.Tables;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// Issue 4's journey: an organizer sets up a contest from a copied scheme, imports 30 entrants from .xlsx and seats
/// three judges; the judges mark on the sheet page; a disagreement is flagged and resolved; marks are verified and locked,
/// ranked and published (issue 5), and the result's top two are nominated, reviewed, noticed and conferred (issue 6).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CompetitionJourney(BrowserFixture fixture)
{
    private const string ContestName = "2026年全市数控车工职业技能竞赛";

    [Journey]
    public async Task A_contest_goes_from_a_copied_scheme_to_locked_marks()
    {
        var app = fixture.App;
        var entrantsFile = await EntrantsFileAsync(app, 30);

        await using var organizer = await Journey.StartAsync(fixture, "competition-setup");
        await organizer.SignInAsync("organizer", app.Passwords["organizer"]);
        var competitionId = await CreateFromCopiedSchemeAsync(organizer);
        await TopTwoBecomeCraftsmenAsync(app, competitionId);
        await ImportEntrantsAsync(organizer, competitionId, entrantsFile);
        await SeatJudgesAsync(organizer, competitionId);
        await organizer.Page.GetByRole(AriaRole.Link, new() { Name = "概况" }).ClickAsync();
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "开始评分" }).ClickAsync();
        await Assertions.Expect(organizer.Page.GetByTestId("history")).ToContainTextAsync("报名中 → 评分中");
        await organizer.ShotAsync("marking-started");
        using var organizerApi = await DemoApi.SignInAsync(app, "organizer");
        var judging = await organizerApi.GetAsync($"/api/competitions/{competitionId}/judging");
        judging.GetProperty("conflicts").GetArrayLength().ShouldBe(0); // the demo judges' rare family names
        var panelId = judging.GetProperty("panels")[0].GetProperty("id").GetInt32();
        var entrants = (await organizerApi.GetAsync($"/api/competitions/{competitionId}/entrants")).EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetInt32(), Bib: e.GetProperty("bib").GetInt32())).OrderBy(e => e.Bib).ToList();
        await ImportTheoryAsync(organizer, competitionId, entrants.Select(e => e.Bib));

        // Bib 1 on the sheet page, by keyboard; the third judge's C1 is 0 against two 3s: over the allowed gap of 1.
        await MarkOnThePageAsync(fixture, "judge", competitionId, ["28.5", "14", "10", "9", "8", "3", "2"], "91.17", submit: true);
        await MarkOnThePageAsync(fixture, "judge2", competitionId, ["28", "14.5", "10", "9", "9", "3", "2"], "92.17", submit: true);
        await using var third = await MarkOnThePageAsync(fixture, "judge3", competitionId, ["28.5", "14", "10", "8", "9", "0", "2"], "76.17", submit: false);
        await Assertions.Expect(third.Page.GetByTestId("aspect-C1").Locator(".gap-flag")).ToBeVisibleAsync();
        await third.ShotAsync("disagreement-flagged-on-the-sheet");

        await using var chief = await Journey.StartAsync(fixture, "competition-chief");
        await chief.SignInAsync("judge", app.Passwords["judge"]);
        await chief.Page.GotoAsync($"/Competitions/{competitionId}/Marking/Disagreements");
        await Assertions.Expect(chief.Page.GetByTestId("disagreement")).ToHaveCountAsync(1);
        await Assertions.Expect(chief.Page.GetByTestId("disagreement")).ToContainTextAsync("C1");
        await chief.ShotAsync("disagreement-list");

        // After talking it over, the third judge re-scores C1 at 2: within the gap; the flag and the list entry go.
        var c1 = third.Page.Locator("#v-C1");
        await c1.FillAsync("2");
        await c1.PressAsync("Enter");
        await Assertions.Expect(third.Page.GetByTestId("aspect-C1").Locator(".gap-flag")).ToHaveCountAsync(0);
        await third.Page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(third.Page.GetByTestId("sheet-status")).ToHaveTextAsync("已提交");
        await third.ShotAsync("re-scored-and-submitted");
        third.AssertClean();
        await chief.Page.ReloadAsync();
        await Assertions.Expect(chief.Page.GetByTestId("no-disagreements")).ToBeVisibleAsync();

        // The other 29 entrants come in through the API, as an exam or scoring system would send them.
        await MarkTheRestByApiAsync(app, competitionId, panelId, entrants.Skip(1).Select(e => e.Id).ToList());

        // Verification: the organizer signs the judges' sheets, the chief judge the theory results the organizer imported.
        await organizer.Page.GotoAsync($"/Competitions/{competitionId}/Marking");
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "批量复核全部（含理论成绩）" }).ClickAsync();
        await organizer.ShotAsync("verified-by-organizer");
        await chief.Page.GotoAsync($"/Competitions/{competitionId}/Marking");
        await chief.Page.GetByRole(AriaRole.Button, new() { Name = "批量复核全部（含理论成绩）" }).ClickAsync();
        await chief.ShotAsync("theory-verified-by-chief");
        chief.AssertClean();

        await organizer.Page.GotoAsync($"/Competitions/{competitionId}");
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "锁定成绩" }).ClickAsync();
        await Assertions.Expect(organizer.Page.GetByTestId("history")).ToContainTextAsync("评分中 → 已锁定");
        await organizer.ShotAsync("locked");

        // The ranking job ranks the locked marks by itself, a moment after the lock commits; the organizer checks,
        // confirms and publishes, and anyone can read the result list without signing in.
        await organizer.Page.GotoAsync($"/Competitions/{competitionId}/Results");
        for (var tries = 0; tries < 40 && await organizer.Page.GetByTestId("finalise").CountAsync() == 0; tries++)
        {
            await Task.Delay(500);
            await organizer.Page.ReloadAsync();
        }
        await Assertions.Expect(organizer.Page.GetByTestId("standing")).ToHaveCountAsync(30);
        await organizer.ShotAsync("locked-standings");
        await organizer.Page.GetByTestId("finalise").ClickAsync();
        await organizer.Page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(organizer.Page.GetByTestId("snapshot-title")).ToContainTextAsync("已发布");
        await organizer.ShotAsync("published");
        organizer.AssertClean();

        await using var visitor = await Journey.StartAsync(fixture, "competition-public-board");
        await visitor.Page.GotoAsync($"/Board/{competitionId}");
        await Assertions.Expect(visitor.Page.GetByTestId("board-state")).ToContainTextAsync("正式成绩");
        await visitor.ShotAsync("public-result-list");
        visitor.AssertClean();

        await HonoursFromTheResultAsync(organizer, competitionId);
        organizer.AssertClean();
    }
}
