using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkillsLadder.Application.Common.Tables;

namespace SkillsLadder.Browser.Tests;

/// <summary>The steps of the competition journey, each a piece of one user's work on the pages (or, for bulk, the API).</summary>
public sealed partial class CompetitionJourney
{
    private static async Task ImportTheoryAsync(Journey journey, int competitionId, IEnumerable<int> bibs)
    {
        var path = Path.Combine(BrowserFixture.Artifacts, "theory-30.xlsx");
        await File.WriteAllBytesAsync(path, XlsxWriter.Write("成绩", ["参赛号", "成绩"],
            bibs.Select(b => (IReadOnlyList<object?>)[b, 60 + b % 37 + 0.5m])));
        var page = journey.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "理论成绩" }).ClickAsync();
        await page.Locator("input[name=Upload]").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await journey.ShotAsync("theory-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
    }

    /// <summary>A judge signs in, opens the first entrant from their home page and marks it with the keyboard only.</summary>
    private static async Task<Journey> MarkOnThePageAsync(BrowserFixture fixture, string judge, int competitionId, string[] values,
        string liveTotal, bool submit)
    {
        var journey = await Journey.StartAsync(fixture, $"competition-{judge}");
        await journey.SignInAsync(judge, fixture.App.Passwords[judge]);
        var page = journey.Page;
        await page.GetByTestId("my-competitions").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(ContestName) }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/Competitions/{competitionId}/Marking$"));
        // A plain judge's row has one link, their own sheet; the chief judge sees every judge's column and picks their own.
        var links = page.Locator("table.marking tbody tr").First.GetByRole(AriaRole.Link);
        if (await links.CountAsync() > 1)
        {
            var column = await page.Locator("table.marking thead th").AllInnerTextsAsync();
            links = links.Nth(column.ToList().FindIndex(h => h.StartsWith("裁判员")) - 2);
        }
        await links.ClickAsync();
        await page.WaitForURLAsync(new Regex("/Marking/Sheet/"));
        await Assertions.Expect(page.Locator("#v-A1")).ToBeFocusedAsync();
        for (var i = 0; i < values.Length; i++)
        {
            await page.Keyboard.TypeAsync(values[i]);
            if (i < values.Length - 1) await page.Keyboard.PressAsync("Tab");
        }
        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync(liveTotal);
        await journey.ShotAsync("typed");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("sheet-status")).ToHaveTextAsync("草稿");
        if (submit)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("sheet-status")).ToHaveTextAsync("已提交");
            await journey.ShotAsync("submitted");
            journey.AssertClean();
            await journey.DisposeAsync();
        }
        return journey;
    }

    private static async Task MarkTheRestByApiAsync(RunningApp app, int competitionId, int panelId, IReadOnlyList<int> entrantIds)
    {
        foreach (var (judge, nudge) in new[] { ("judge", 0m), ("judge2", 0.5m), ("judge3", 1m) })
        {
            using var api = await DemoApi.SignInAsync(app, judge);
            foreach (var (entrantId, i) in entrantIds.Select((e, i) => (e, i)))
            {
                var url = $"/api/competitions/{competitionId}/sheets/{panelId}/{entrantId}";
                var body = new
                {
                    version = 0,
                    entries = new[]
                    {
                        new { aspectCode = "A1", value = (20 + i % 8 + nudge).ToString("0.0") }, new { aspectCode = "A2", value = (10 + nudge).ToString("0.0") },
                        new { aspectCode = "A3", value = i % 4 == 0 ? "0" : "10" }, new { aspectCode = "B1", value = (7 + i % 3).ToString() },
                        new { aspectCode = "B2", value = "8" }, new { aspectCode = "C1", value = (1 + i % 3).ToString() }, new { aspectCode = "C2", value = "2" },
                    },
                };
                var key = $"{judge}-{entrantId}-marks";
                var saved = await api.SendAsync(HttpMethod.Put, url, body, key);
                var retried = await api.SendAsync(HttpMethod.Put, url, body, key); // a network retry: applied once
                retried.GetProperty("version").GetInt32().ShouldBe(saved.GetProperty("version").GetInt32());
                await api.SendAsync(HttpMethod.Post, $"{url}/submit", new { });
            }
        }
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
        await page.Locator("#Command_OccupationId").SelectOptionAsync(new SelectOptionValue { Label = "6-18-01-07 数控车工" });
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
