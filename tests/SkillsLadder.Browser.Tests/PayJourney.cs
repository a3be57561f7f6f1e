using System.Text.Json;
using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// Issue 7's journey: the union (an organizer) offers to bargain on the page; the parties meet twice, each round with
/// grids on the table; the negotiators compare the union's two proposals in the simulator; the congress vote passes,
/// the agreement is signed, filed and approved, and every covered worker gets a pay grade. The next day a worker of
/// that enterprise is promoted to 高级工 and, signed in, sees today's grade and the new one from the next pay month.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PayJourney(BrowserFixture fixture)
{
    private const string Area = "湖州市区";

    [Journey]
    public async Task A_union_offer_becomes_an_agreement_and_a_promotion_reaches_pay_from_the_next_month()
    {
        var app = fixture.App;
        using var admin = await DemoApi.SignInAsync(app, "admin");
        var reference = await admin.GetAsync("/api/reference");
        var levels = reference.GetProperty("skillLevels").EnumerateArray()
            .Select(l => (Id: l.GetProperty("id").GetInt32(), Rank: l.GetProperty("rank").GetInt32(), Code: l.GetProperty("code").GetString()!)).ToList();
        var intermediate = levels.Single(l => l.Code == "Intermediate");
        var worker = (await admin.GetAsync($"/api/workers?skillLevelId={intermediate.Id}&pageSize=1")).GetProperty("items")[0];
        var (workerId, enterpriseId) = (worker.GetProperty("id").GetInt32(), worker.GetProperty("enterpriseId").GetInt32());
        await admin.SendAsync(HttpMethod.Post, "/api/bargaining/minimum-wages", new { area = Area, monthly = "2490", effectiveFrom = "2025-01-01" });
        var basic = (await admin.GetAsync("/api/bargaining/post-classes")).EnumerateArray().First().GetProperty("id").GetInt32();

        await using var union = await Journey.StartAsync(fixture, "pay-offer");
        await union.SignInAsync("organizer", app.Passwords["organizer"]);
        var agreementId = await OfferAsync(union, enterpriseId);

        using var unionApi = await DemoApi.SignInAsync(app, "organizer");
        var path = $"/api/bargaining/agreements/{agreementId}";
        for (var i = 0; i < 3; i++)
        {
            await unionApi.SendAsync(HttpMethod.Post, $"{path}/representatives", new { side = "Union", name = $"职工代表{i + 1}", isChief = i == 0 });
            await admin.SendAsync(HttpMethod.Post, $"{path}/representatives", new { side = "Employer", name = $"企业代表{i + 1}", isChief = i == 0 });
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        await admin.SendAsync(HttpMethod.Post, $"{path}/reply", new { repliedOn = today });
        await unionApi.SendAsync(HttpMethod.Post, $"{path}/rounds", new
        {
            heldOn = today, minutes = "第一轮协商：职工方提出方案一，企业方提出对等方案。",
            proposals = new[] { Proposal("Union", basic, 320, "职工方方案一"), Proposal("Employer", basic, 260, "企业方方案一") },
        });
        await unionApi.SendAsync(HttpMethod.Post, $"{path}/rounds", new
        {
            heldOn = today, minutes = "第二轮协商：职工方调整为方案二，双方基本一致。",
            proposals = new[] { Proposal("Union", basic, 300, "职工方方案二") },
        });
        var proposals = (await unionApi.GetAsync($"/api/bargaining/agreements/{agreementId}")).GetProperty("rounds").EnumerateArray()
            .SelectMany(r => r.GetProperty("proposals").EnumerateArray().Select(p => (Round: r.GetProperty("number").GetInt32(),
                Id: p.GetProperty("id").GetInt32(), Side: p.GetProperty("side").GetString()))).Where(p => p.Side == "Union").ToList();

        // The negotiators put the union's two proposals side by side over the enterprise's real workforce.
        await union.Page.GotoAsync($"/Bargaining/Agreements/{agreementId}/Simulate?proposal={proposals[0].Id}&proposal={proposals[1].Id}");
        await Assertions.Expect(union.Page.GetByTestId("simulation-summary")).ToBeVisibleAsync();
        await Assertions.Expect(union.Page.GetByTestId("annual-delta")).ToHaveCountAsync(2);
        await Assertions.Expect(union.Page.GetByTestId("simulation-chart")).ToBeVisibleAsync();
        await union.ShotAsync("two-rounds-compared");

        await unionApi.SendAsync(HttpMethod.Post, $"{path}/draft", new { proposalId = proposals[1].Id });
        var vote = await unionApi.SendAsync(HttpMethod.Post, $"{path}/votes", new { heldOn = today, representatives = 45, attending = 38, approving = 33 });
        vote.GetProperty("passed").GetBoolean().ShouldBeTrue();
        await unionApi.SendAsync(HttpMethod.Post, $"{path}/sign", new { on = today });
        await admin.SendAsync(HttpMethod.Post, $"{path}/file", new { on = today });
        await admin.SendAsync(HttpMethod.Post, $"{path}/take-effect", new { bureauApprovedOn = today });
        await union.Page.GotoAsync($"/Bargaining/Agreements/{agreementId}");
        await union.ShotAsync("in-effect");
        union.AssertClean();

        // The next day the worker passes the 高级工 assessment; pay follows from the first day of the next month.
        await app.MoveClockAsync(1);
        var promotedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddDays(1));
        var senior = levels.Single(l => l.Code == "Senior");
        using var hr = await DemoApi.SignInAsync(app, "admin");
        await hr.SendAsync(HttpMethod.Post, $"/api/workers/{workerId}/certificates", new
        {
            number = $"S3305{workerId:D10}3{workerId % 1000000:D6}", skillLevelId = senior.Id, issuedOn = promotedOn.ToString("yyyy-MM-dd"),
            issuer = "湖州市职业技能鉴定指导中心",
        });
        var account = await hr.SendAsync(HttpMethod.Post, "/api/accounts", new { userName = "promoted", displayName = "晋级职工", role = "Worker", workerId });
        await using var me = await Journey.StartAsync(fixture, "pay-worker", new ViewportSize { Width = 390, Height = 844 });
        await me.SignInAsync("promoted", account.GetProperty("initialPassword").GetString()!, newPassword: "promoted-own-pass-1");
        await me.Page.GetByRole(AriaRole.Link, new() { Name = "我的工资" }).ClickAsync();
        await Assertions.Expect(me.Page.GetByTestId("current-grade")).ToContainTextAsync("中级工");
        var nextMonth = new DateOnly(promotedOn.Year, promotedOn.Month, 1).AddMonths(1);
        await Assertions.Expect(me.Page.GetByTestId("upcoming-grade")).ToContainTextAsync("高级工");
        await Assertions.Expect(me.Page.GetByTestId("upcoming-from")).ToContainTextAsync(nextMonth.ToString("yyyy/M/d"));
        await me.ShotAsync("worker-sees-the-new-grade-from-next-month");
        me.AssertClean();
    }

    private static async Task<int> OfferAsync(Journey union, int enterpriseId)
    {
        var page = union.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "工资协商" }).ClickAsync();
        await page.GotoAsync("/Bargaining/Create");
        await page.Locator("[name='Command.Title']").FillAsync("能级工资专项集体合同");
        await page.Locator("[name='Command.EnterpriseId']").SelectOptionAsync(enterpriseId.ToString());
        await page.Locator("[name='Command.MinimumWageArea']").FillAsync(Area);
        await page.Locator("[name='Command.OfferText']").FillAsync("依据《工资集体协商试行办法》，工会就技能等级工资标准向企业提出协商要约，请于二十日内书面答复。");
        await page.GetByRole(AriaRole.Button, new() { Name = "发出要约" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Bargaining/Agreements/\d+$"));
        await union.ShotAsync("offer-made");
        return int.Parse(page.Url.Split('/').Last());
    }

    /// <summary>A grid for the basic post class over the eight levels: base 2,600 + step per level, allowance half the step.</summary>
    private static object Proposal(string side, int postClassId, int step, string note) => new
    {
        side, note,
        grid = new
        {
            cells = Enumerable.Range(1, 8).Select(rank => new { postClassId, levelRank = rank, @base = (2600 + rank * step).ToString(), allowance = (rank * step / 2).ToString() }),
            highSkilledAllowance = "200", craftsmanAllowance = "800",
        },
    };
}
