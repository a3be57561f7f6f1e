using System.Text.Json;
using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// Issue 8's journey: an organizer sets up a labour campaign for three crews on the pages, enters January on the entry
/// page and February partly by API with a safety accident (veto) on the page, locks both months, and the ranking job's
/// standings and red banners come out as worked by hand below. Then a worker submits a 合理化建议 on a phone, enterprise
/// HR grades it by its assessed benefit, and the worker sees it on their timeline.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LabourJourney(BrowserFixture fixture)
{
    // Five items × 100 points: schedule ±1 per day (bonus capped at 10), −1 per rectification notice, −5 per violation,
    // +2 per adopted suggestion, civilised construction at half weight; accidents veto the month.
    // January: 钢筋班 3 days ahead, 1 notice → 103 + 99 + 100 + 100 + 50 = 452 (banner)
    //          模板班 5 days ahead, 1 violation → 105 + 100 + 95 + 100 + 50 = 450
    //          混凝土班 2 days behind → 98 + 100 + 100 + 100 + 50 = 448
    // February: 钢筋班 a safety accident → 0;  模板班 4 days ahead, 2 suggestions → 104 + 100 + 100 + 104 + 50 = 458 (banner);
    //          混凝土班 6 days ahead → 106 + 350 = 456.   Year so far: 模板班 908, 混凝土班 904, 钢筋班 452.
    private static readonly string[] Crews = ["钢筋班", "模板班", "混凝土班"];

    [Journey]
    public async Task A_campaign_for_three_crews_ranks_two_months_with_a_veto_and_a_suggestion_reaches_the_timeline()
    {
        var app = fixture.App;
        await using var organizer = await Journey.StartAsync(fixture, "labour-campaign");
        await organizer.SignInAsync("organizer", app.Passwords["organizer"]);
        var page = organizer.Page;

        await page.GotoAsync("/Campaigns/New");
        await page.GetByLabel("竞赛名称").FillAsync("城市快速路二期“六比一创”劳动竞赛");
        await page.GetByLabel("依托工程或中心任务").FillAsync("城市快速路二期工程");
        await page.GetByLabel("主办单位").FillAsync("市总工会");
        await page.GetByLabel("开始日期").FillAsync("2026-01-01");
        await page.GetByLabel("结束日期").FillAsync("2026-02-28");
        await page.GetByLabel("考核周期").SelectOptionAsync("Monthly");
        await organizer.ShotAsync("new-campaign");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Campaigns/Details/\\d+"));
        var campaignId = int.Parse(page.Url.Split('/').Last().Split('?')[0]);

        await page.GotoAsync($"/Campaigns/Participants/{campaignId}");
        foreach (var crew in Crews)
        {
            await page.GetByLabel("单位名称").FillAsync(crew);
            await page.GetByLabel("单位类型").SelectOptionAsync("Crew");
            await page.GetByRole(AriaRole.Button, new() { Name = "添加单位" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("units")).ToContainTextAsync(crew);
        }
        await organizer.ShotAsync("three-crews");

        using var api = await DemoApi.SignInAsync(app, "organizer");
        await api.SendAsync(HttpMethod.Put, $"/api/campaigns/{campaignId}/scheme", new { latestNumber = 0, fromPeriod = 1, scheme = Scheme() });
        await page.GotoAsync($"/Campaigns/Details/{campaignId}");
        await page.GetByTestId("start").ClickAsync();
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("进行中");

        var periods = (await api.GetAsync($"/api/campaigns/{campaignId}/periods")).EnumerateArray()
            .Select(p => p.GetProperty("id").GetInt32()).ToList();
        var crews = (await api.GetAsync($"/api/campaigns/{campaignId}/participants")).EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetInt32());

        // January on the entry page, the way an organizer types it; a mistyped value is refused and nothing is saved.
        await EnterAsync(organizer, campaignId, periods[0], crews["钢筋班"], ("v-S", "3.125"), ("c-Q1", "1"));
        await Assertions.Expect(page.Locator(".field-error").First).ToContainTextAsync("进度");
        await EnterAsync(organizer, campaignId, periods[0], crews["钢筋班"], ("v-S", "3"), ("c-Q1", "1"));
        await SubmitAsync(organizer);
        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync("452.00");
        await EnterAsync(organizer, campaignId, periods[0], crews["模板班"], ("v-S", "5"), ("c-A1", "1"));
        await SubmitAsync(organizer);
        await EnterAsync(organizer, campaignId, periods[0], crews["混凝土班"], ("v-S", "-2"));
        await SubmitAsync(organizer);
        await LockAsync(organizer, campaignId, 1);

        // February: two crews by API, the accident on the page.
        await SaveAndSubmitAsync(api, campaignId, periods[1], crews["模板班"], "4", ("I1", "2"));
        await SaveAndSubmitAsync(api, campaignId, periods[1], crews["混凝土班"], "6");
        await EnterAsync(organizer, campaignId, periods[1], crews["钢筋班"], ("v-S", "2"), ("c-AV", "1"));
        await SubmitAsync(organizer);
        await Assertions.Expect(page.GetByTestId("explanation")).ToContainTextAsync("一票否决");
        await LockAsync(organizer, campaignId, 2);

        // The ranking job runs on its own shortly after the locks; the cumulative standings and the banners follow.
        await ExpectStandingsAsync(organizer, campaignId, ["模板班 908.00", "混凝土班 904.00", "钢筋班 452.00"]);
        await page.GotoAsync($"/Campaigns/Banners/{campaignId}");
        await Assertions.Expect(page.GetByTestId("banner-period")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("banner-period").Nth(0)).ToContainTextAsync("钢筋班");
        await Assertions.Expect(page.GetByTestId("banner-period").Nth(1)).ToContainTextAsync("模板班");
        await Assertions.Expect(page.GetByTestId("current-banner")).ToContainTextAsync("模板班");
        await organizer.ShotAsync("banners");
        organizer.AssertClean();

        await ASuggestionIsGradedAndShownOnTheTimelineAsync();
    }

    private async Task ASuggestionIsGradedAndShownOnTheTimelineAsync()
    {
        var app = fixture.App;
        await using var worker = await Journey.StartAsync(fixture, "labour-suggestion", new ViewportSize { Width = 390, Height = 844 });
        await worker.SignInAsync("worker", app.Passwords["worker"]);
        await worker.Page.GotoAsync("/Innovation/New");
        await worker.Page.GetByLabel("类别").SelectOptionAsync("RationalisationProposal");
        await worker.Page.GetByLabel("成果名称").FillAsync("钢筋集中下料减少边角料");
        await worker.Page.GetByLabel("成果内容（改进了什么、怎么做）").FillAsync("按构件编号集中排料下料，短料统一再利用，边角料率由 4% 降到 1.5%。");
        await worker.ShotAsync("suggestion-form");
        await worker.Page.GetByTestId("submit-innovation").ClickAsync();
        await worker.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Innovation/\\d+"));
        var entryPath = new Uri(worker.Page.Url).AbsolutePath;

        await using var hr = await Journey.StartAsync(fixture, "labour-grading");
        await hr.SignInAsync("hr", app.Passwords["hr"]);
        await hr.Page.GotoAsync(entryPath);
        await hr.Page.GetByLabel("采纳", new() { Exact = true }).CheckAsync();
        await hr.Page.GetByLabel("年度评估效益（元，采纳时必填）").FillAsync("25000");
        await hr.Page.GetByTestId("assess").ClickAsync();
        await Assertions.Expect(hr.Page.GetByTestId("assessment")).ToContainTextAsync("二等");
        await Assertions.Expect(hr.Page.GetByTestId("benefit")).ToHaveTextAsync("¥25,000.00");
        hr.AssertClean();

        await worker.Page.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
        await Assertions.Expect(worker.Page.GetByTestId("timeline")).ToContainTextAsync("创新成果被采纳：钢筋集中下料减少边角料（合理化建议，二等）");
        await worker.ShotAsync("timeline");
        worker.AssertClean();
    }

    private static async Task EnterAsync(Journey journey, int campaignId, int periodId, int crewId, params (string Id, string Text)[] fields)
    {
        if (!journey.Page.Url.Contains($"/Entry/{campaignId}/{periodId}/{crewId}"))
            await journey.Page.GotoAsync($"/Campaigns/Assessments/Entry/{campaignId}/{periodId}/{crewId}");
        foreach (var (id, text) in fields) await journey.Page.Locator($"#{id}").FillAsync(text);
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
    }

    private static async Task SubmitAsync(Journey journey)
    {
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Assertions.Expect(journey.Page.GetByTestId("status")).ToHaveTextAsync("已提交");
    }

    private static async Task LockAsync(Journey journey, int campaignId, int number)
    {
        await journey.Page.GotoAsync($"/Campaigns/Periods/{campaignId}");
        await journey.Page.GetByTestId($"lock-{number}").ClickAsync();
        await Assertions.Expect(journey.Page.GetByTestId($"lock-{number}")).ToHaveCountAsync(0);
        await journey.ShotAsync($"month-{number}-locked");
    }

    private static async Task SaveAndSubmitAsync(DemoApi api, int campaignId, int periodId, int crewId, string daysAhead, params (string Code, string Count)[] counts)
    {
        var path = $"/api/campaigns/{campaignId}/assessments/{periodId}/{crewId}";
        var saved = await api.SendAsync(HttpMethod.Put, path, new
        {
            version = 0,
            values = new[] { new { indicatorCode = "S", value = daysAhead } },
            counts = counts.Select(c => new { eventCode = c.Code, count = c.Count }).ToArray(),
        }, idempotencyKey: Guid.NewGuid().ToString());
        await api.SendAsync(HttpMethod.Post, $"{path}/submit", new { version = saved.GetProperty("version").GetInt32() });
    }

    private static async Task ExpectStandingsAsync(Journey journey, int campaignId, string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] shown = [];
        while (DateTime.UtcNow < deadline)
        {
            await journey.Page.GotoAsync($"/Campaigns/Standings/{campaignId}");
            var rows = journey.Page.GetByTestId("unit-standings").GetByTestId("standing");
            shown = (await rows.AllInnerTextsAsync()).Select(t => System.Text.RegularExpressions.Regex.Replace(t, "\\s+", " ")).ToArray();
            if (shown.Length == expected.Length && shown.Zip(expected).All(p => Matches(p.First, p.Second))) break;
            await Task.Delay(500);
        }
        shown.Length.ShouldBe(expected.Length, string.Join(" | ", shown));
        foreach (var (row, want) in shown.Zip(expected)) Matches(row, want).ShouldBeTrue($"{row} should show {want}");
        await journey.ShotAsync("cumulative-standings");
    }

    /// <summary>A row shows the crew's name and, further on, its total.</summary>
    private static bool Matches(string row, string expected)
    {
        var (name, total) = (expected.Split(' ')[0], expected.Split(' ')[1]);
        return row.Contains(name) && row.IndexOf(total, StringComparison.Ordinal) > row.IndexOf(name, StringComparison.Ordinal);
    }

    private static object Scheme() => new
    {
        indicators = new object[]
        {
            new { code = "S", name = "进度", category = "Schedule", weightPercent = 100, basePoints = 100, bonusCap = 10,
                measure = new { unit = "天", target = 0, direction = "HigherIsBetter", bonusPerUnit = 1, deductionPerUnit = 1, minimum = -60, maximum = 60 },
                events = Array.Empty<object>() },
            new { code = "Q", name = "质量", category = "Quality", weightPercent = 100, basePoints = 100,
                events = new object[] { new { code = "Q1", name = "整改通知单", pointsEach = -1, isVeto = false, maxCount = 99 },
                    new { code = "QV", name = "质量事故", pointsEach = 0, isVeto = true, maxCount = 9 } } },
            new { code = "A", name = "安全", category = "Safety", weightPercent = 100, basePoints = 100, deductionCap = 30,
                events = new object[] { new { code = "A1", name = "安全违章", pointsEach = -5, isVeto = false, maxCount = 99 },
                    new { code = "AV", name = "安全事故", pointsEach = 0, isVeto = true, maxCount = 9 } } },
            new { code = "I", name = "创新", category = "Innovation", weightPercent = 100, basePoints = 100, bonusCap = 6,
                events = new object[] { new { code = "I1", name = "合理化建议采纳", pointsEach = 2, isVeto = false, maxCount = 99 } } },
            new { code = "C", name = "文明施工", category = "CivilisedConstruction", weightPercent = 50, basePoints = 100,
                events = new object[] { new { code = "C1", name = "文明施工扣分", pointsEach = -1, isVeto = false, maxCount = 99 } } },
        },
    };
}
