using System.Net.Http.Headers;
using Microsoft.Playwright;
using SkillsLadder.Application.Common.Tables;

namespace SkillsLadder.Browser.Tests;

/// <summary>The online practice round: set up by API, taken on a phone, ranked by the job after the close.</summary>
public sealed partial class GrowthJourney
{
    /// <summary>Kind, stem, options, key, points: 10 points in all.</summary>
    private static readonly (string Kind, string Stem, string[] Options, string Key, int Points)[] Questions =
    [
        ("单选", "离心泵启动前首先应当做什么？", ["打开出口阀", "灌泵排气", "提高转速", "关闭进口阀"], "B", 2),
        ("单选", "精馏塔回流比增大时，塔顶产品纯度一般会怎样？", ["降低", "不变", "提高"], "C", 2),
        ("多选", "下列哪些属于“三违”？", ["违章指挥", "违章作业", "违反劳动纪律", "按章操作"], "ABC", 3),
        ("判断", "进入受限空间作业前必须进行气体检测。", [], "T", 1),
        ("判断", "压力容器安全阀的整定压力可以随意调高。", [], "F", 2),
    ];

    private async Task PracticeRoundAsync(RunningApp app, People people)
    {
        var (roundId, closesAt) = await RoundAsync(app);
        await using var worker = await Journey.StartAsync(fixture, "growth-practice", Phone);
        await worker.SignInAsync("worker", app.Passwords["worker"]);
        var page = worker.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "技能提升" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "网上练兵" }).ClickAsync();
        var card = page.GetByTestId("rounds").Locator("li").Filter(new() { HasText = RoundTitle });
        await FitsThePhoneAsync(worker);
        await card.GetByRole(AriaRole.Button, new() { Name = "开始答题" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("deadline")).ToBeVisibleAsync();
        foreach (var (kind, stem, options, key, _) in Questions)
        {
            var question = page.Locator("fieldset").Filter(new() { HasText = stem });
            var ticks = kind == "判断" ? [key == "T" ? "对" : "错"] : (stem.Contains("三违") ? "AB" : key).Select(l => $"{l}. {options[l - 'A']}").ToArray();
            foreach (var tick in ticks) await question.GetByLabel(tick, new() { Exact = true }).CheckAsync();
        }
        await FitsThePhoneAsync(worker);
        await worker.ShotAsync("answering-on-a-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "交卷" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("result")).ToContainTextAsync("得分 7 / 10");
        var attemptPath = new Uri(page.Url).AbsolutePath;

        await AnswerByApiAsync(app, roundId, "mentor", people.MentorPassword, _ => true);
        await AnswerByApiAsync(app, roundId, "trainee", people.Trainee1Password, q => q.Points == 1 || q.Stem.StartsWith("离心泵"));

        // The round closes: the clock moves just past the ranking job's trigger (the close plus the 30 s grace and 5 s),
        // so the job runs on time rather than as a misfire, and publishes the boards.
        await app.MoveClockAsync(app.ClockOffsetDays + (closesAt.AddSeconds(45) - DateTime.UtcNow.AddDays(app.ClockOffsetDays)).TotalDays);
        await page.GotoAsync("/Practice/Index");
        for (var tries = 0; tries < 120 && await card.GetByRole(AriaRole.Link, new() { Name = "排行榜" }).CountAsync() == 0; tries++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
        await card.GetByRole(AriaRole.Link, new() { Name = "排行榜" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("mine")).ToHaveTextAsync("我的名次：第 2 名（共 3）");
        var lines = page.GetByTestId("board").Locator("tbody tr");
        await Assertions.Expect(lines).ToHaveCountAsync(3);
        await Assertions.Expect(lines.Nth(0)).ToContainTextAsync(people.MentorName);
        await Assertions.Expect(lines.Nth(0)).ToContainTextAsync("10.00");
        await Assertions.Expect(lines.Nth(1)).ToHaveClassAsync("mine");
        await Assertions.Expect(lines.Nth(1)).ToContainTextAsync("7.00");
        await Assertions.Expect(lines.Nth(2)).ToContainTextAsync("3.00");
        await FitsThePhoneAsync(worker);
        await worker.ShotAsync("place-on-the-board");
        await page.GetByRole(AriaRole.Link, new() { Name = "企业" }).ClickAsync();
        await Assertions.Expect(lines).ToHaveCountAsync(1);
        await Assertions.Expect(lines.First.Locator("td").Nth(2)).ToHaveTextAsync("6.67");
        await Assertions.Expect(lines.First.Locator("td").Nth(2)).ToHaveAttributeAsync("data-label", "平均分"); // shown on a phone
        await Assertions.Expect(lines.First.Locator("td").Nth(3)).ToHaveTextAsync("3");
        await Assertions.Expect(lines.First.Locator("td").Nth(3)).ToHaveAttributeAsync("data-label", "参加人数");
        await worker.ShotAsync("enterprise-board");
        await FitsThePhoneAsync(worker);
        await page.GotoAsync(attemptPath);
        await Assertions.Expect(page.GetByTestId("places")).ToContainTextAsync("个人排名：第 2 名（共 3 人）");
        await FitsThePhoneAsync(worker);
        worker.AssertClean();
    }

    /// <summary>A bank of the five questions imported from .xlsx, and a round open now for 20 minutes, by the organizer.</summary>
    private static async Task<(int Id, DateTime ClosesAt)> RoundAsync(RunningApp app)
    {
        using var organizer = await DemoApi.SignInAsync(app, "organizer");
        var bank = await organizer.SendAsync(HttpMethod.Post, "/api/practice/banks", new { name = "化工总控工安全操作题库" });
        var bankId = bank.GetProperty("bank").GetProperty("id").GetInt32();
        var rows = Questions.Select(q => (IReadOnlyList<object?>)[q.Kind, q.Stem, .. Enumerable.Range(0, 4).Select(i => i < q.Options.Length ? q.Options[i] : ""), q.Key, q.Points]);
        var file = XlsxWriter.Write("题库", ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "分值"], rows.ToList());
        using var form = new MultipartFormDataContent { { new StringContent("false"), "dryRun" } };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "题库.xlsx");
        var imported = await organizer.Client.PostAsync($"/api/practice/banks/{bankId}/questions", form);
        imported.EnsureSuccessStatusCode();

        var now = DateTime.UtcNow.AddDays(app.ClockOffsetDays);
        var closesAt = now.AddMinutes(20);
        var round = await organizer.SendAsync(HttpMethod.Post, "/api/practice/rounds", new
        {
            bankId, title = RoundTitle, opensAt = now.AddMinutes(-1), closesAt, durationMinutes = 15, questionCount = 5,
        });
        return (round.GetInt32(), closesAt);
    }

    /// <summary>Another worker takes the round through the API: the right key where <paramref name="right"/> says so, else a wrong one.</summary>
    private static async Task AnswerByApiAsync(RunningApp app, int roundId, string userName, string password,
        Func<(string Stem, int Points), bool> right)
    {
        using var api = await DemoApi.SignInAsync(app, userName, password);
        var attempt = await api.SendAsync(HttpMethod.Post, $"/api/practice/rounds/{roundId}/attempt", new { });
        var answers = attempt.GetProperty("questions").EnumerateArray().Select(q =>
        {
            var asked = Questions.Single(x => x.Stem == q.GetProperty("stem").GetString());
            return right((asked.Stem, asked.Points)) ? asked.Key : asked.Kind == "判断" ? (asked.Key == "T" ? "F" : "T") : "D";
        }).ToList();
        await api.SendAsync(HttpMethod.Post, $"/api/practice/attempts/{attempt.GetProperty("id").GetInt64()}/hand-in", new { answers });
    }
}
