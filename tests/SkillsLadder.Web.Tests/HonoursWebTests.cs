using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Honours over HTTP on a host whose clock the test moves: the API journey from an enterprise nomination to conferral
/// with an objection, the refusals as ProblemDetails, and the pages (queue, detail, public notice with its form).
/// Tokens follow the host's clock, so a client is signed in again after each move.
/// </summary>
public sealed class HonoursWebTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly string ObjectorId = TestData.IdNumber(new DateOnly(1975, 5, 5), 321);

    private sealed record Host(WebApplicationFactory<Program> Web, TestClock Clock) : IAsyncDisposable
    {
        public async Task<HttpClient> AsAsync(string userName)
        {
            var client = Web.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Web.TokenAsync(userName));
            return client;
        }

        /// <summary>Signed in through the login form (cookie): redirects drop a bearer header, cookies they keep.</summary>
        public async Task<HttpClient> BrowserAsync(string userName)
        {
            var client = Web.CreateClient();
            var home = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = Accounts.Password });
            home.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
            return client;
        }

        /// <summary>08:00 China time on the day.</summary>
        public void Today(int month, int day) => Clock.Now = new DateTimeOffset(2026, month, day, 0, 0, 0, TimeSpan.Zero);

        public ValueTask DisposeAsync() => Web.DisposeAsync();
    }

    private Host Start()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero)); // Tuesday
        return new Host(app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)))), clock);
    }

    private async Task<int> WorkerAsync(string name, int serial) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1990, 3, 3), serial), app.EnterpriseId, app.OccupationId, new DateOnly(2012, 1, 1), true);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static object Objection(string name = "林建国", string? id = null) =>
        new { name, idNumber = id ?? ObjectorId, contact = "13800000000", text = "被推荐人的获奖作品并非本人独立完成，有同事可以作证。" };

    [Fact]
    public async Task Api_journey_from_an_enterprise_nomination_through_notice_and_objection_to_conferral()
    {
        await using var host = Start();
        var web = host.Web;
        var (admin, hr, reviewer) = (await web.CreateUserAsync(AppRoles.Admin), await web.CreateUserAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId),
            await web.CreateUserAsync(AppRoles.HrReviewer, userName: "fed-reviewer-1"));
        var workerId = await WorkerAsync("孙敏", 101);
        var anonymous = web.CreateClient();

        var type = await (await (await host.AsAsync(admin.UserName!)).PostAsJsonAsync("/api/honours/types",
            new { name = "区技术能手", level = "City", bonusYuan = "1500.5", noticeWorkingDays = 3, validityYears = 3 })).Content.ReadFromJsonAsync<JsonElement>();
        type.GetProperty("bonusFen").GetInt64().ShouldBe(150050);
        var hrClient = await host.AsAsync(hr.UserName!);
        var created = await hrClient.PostAsJsonAsync("/api/honours/nominations",
            new { workerId, honourTypeId = type.GetProperty("id").GetInt32(), evidence = "连续三年攻克关键工艺难题，带徒十二名。" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await hrClient.PostAsJsonAsync($"/api/honours/nominations/{id}/approve", new { reason = "同意" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var reviewerClient = await host.AsAsync(reviewer.UserName!);
        (await reviewerClient.PostAsJsonAsync($"/api/honours/nominations/{id}/assign", new { reviewerUserId = reviewer.Id })).EnsureSuccessStatusCode();
        (await (await reviewerClient.PostAsJsonAsync($"/api/honours/nominations/{id}/approve", new { reason = "事迹突出" })).Content.ReadAsStringAsync()).ShouldBe("\"OnNotice\"");
        var early = await ProblemAsync(await anonymous.PostAsJsonAsync($"/api/notices/{id}/objections", Objection()), HttpStatusCode.Conflict);
        (early.GetProperty("code").GetString(), early.GetProperty("detail").GetString()).ShouldBe(("objection.early", "公示自 2026-07-01 开始，届时方可提出异议。"));

        host.Today(7, 1);
        var notices = await anonymous.GetFromJsonAsync<JsonElement>("/api/notices");
        notices.EnumerateArray().Single(n => n.GetProperty("nominationId").GetInt32() == id).GetProperty("workerName").GetString().ShouldBe("孙敏");
        var nameless = await ProblemAsync(await anonymous.PostAsJsonAsync($"/api/notices/{id}/objections", Objection(name: "匿名")), HttpStatusCode.BadRequest);
        nameless.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("异议须署真实姓名，匿名异议不予受理。");
        (await anonymous.PostAsJsonAsync($"/api/notices/{id}/objections", Objection())).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ProblemAsync(await anonymous.PostAsJsonAsync($"/api/notices/{id}/objections", Objection()), HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("objection.duplicate");

        host.Today(7, 6); // the notice ran Wed 07-01 to Fri 07-03
        reviewerClient = await host.AsAsync(reviewer.UserName!);
        (await ProblemAsync(await reviewerClient.PostAsync($"/api/honours/nominations/{id}/confer", null), HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("nomination.open_objections");
        var details = await reviewerClient.GetStringAsync($"/api/honours/nominations/{id}");
        details.ShouldNotContain(ObjectorId);
        var objectionId = JsonDocument.Parse(details).RootElement.GetProperty("objections")[0].GetProperty("id").GetInt32();
        (await reviewerClient.PostAsJsonAsync($"/api/honours/nominations/{id}/objections/{objectionId}/resolve",
            new { upheld = false, decision = "经核实，作品为本人独立完成" })).EnsureSuccessStatusCode();
        (await reviewerClient.PostAsync($"/api/honours/nominations/{id}/confer", null)).EnsureSuccessStatusCode();

        var honour = await app.WithDbAsync(db => db.WorkerHonours.SingleAsync(h => h.WorkerId == workerId));
        (honour.Title, honour.ConferredOn, honour.NominationId).ShouldBe(("区技术能手", new DateOnly(2026, 7, 6), id));
    }

    [Fact]
    public async Task Pages_show_the_queue_the_history_and_the_public_notice_whose_form_explains_a_refusal()
    {
        await using var host = Start();
        var web = host.Web;
        var hr = await web.CreateUserAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var reviewer = await web.CreateUserAsync(AppRoles.HrReviewer);
        var workerId = await WorkerAsync("吴刚", 103);
        var honourId = await app.WithDbAsync(db => db.HonourTypes.Where(h => h.Name == "技能状元").Select(h => h.Id).SingleAsync());
        var hrBrowser = await host.BrowserAsync(hr.UserName!);
        var nominated = await hrBrowser.PostFormAsync("/Honours/Nominations/Create", new Dictionary<string, string>
            { ["Command.WorkerId"] = workerId.ToString(), ["Command.HonourTypeId"] = honourId.ToString(), ["Command.Evidence"] = "操作规范，质量稳定，多次获得技术革新奖。" });
        nominated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await app.WithDbAsync(db => db.Nominations.Where(n => n.WorkerId == workerId).Select(n => n.Id).SingleAsync());
        nominated.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Honours/Nominations/{id}");

        var browser = await host.BrowserAsync(reviewer.UserName!);
        (await browser.GetStringAsync("/Honours/Nominations?q=吴")).ShouldContain($"/Honours/Nominations/{id}");
        (await browser.PostFormAsync($"/Honours/Nominations/{id}?handler=Assign", new Dictionary<string, string> { ["ReviewerUserId"] = reviewer.Id.ToString() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await browser.PostFormAsync($"/Honours/Nominations/{id}?handler=Approve", new Dictionary<string, string> { ["Reason"] = "" });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请填写审批意见。");
        (await browser.PostFormAsync($"/Honours/Nominations/{id}?handler=Approve", new Dictionary<string, string> { ["Reason"] = "同意推荐" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await browser.GetStringAsync($"/Honours/Nominations/{id}");
        detail.ShouldContain("2026-07-01 – 2026-07-07");
        detail.ShouldContain("同意推荐");

        host.Today(7, 2);
        var anonymous = web.CreateClient();
        (await anonymous.GetStringAsync("/Notices")).ShouldContain("吴刚 · 技能状元");
        var page = await anonymous.PostFormAsync($"/Notices?nominationId={id}", new Dictionary<string, string>
        {
            ["Command.Name"] = "匿名", ["Command.IdNumber"] = ObjectorId, ["Command.Contact"] = "13800000000", ["Command.Text"] = "我认为此人的事迹有夸大的成分。",
        });
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("异议须署真实姓名，匿名异议不予受理。");
        html.ShouldNotContain(ObjectorId);
        (await app.WithDbAsync(db => db.Objections.CountAsync(o => o.NominationId == id))).ShouldBe(0);
        var filed = await anonymous.PostFormAsync($"/Notices?nominationId={id}", new Dictionary<string, string>
        {
            ["Command.Name"] = "林建国", ["Command.IdNumber"] = ObjectorId, ["Command.Contact"] = "13800000000", ["Command.Text"] = "我认为此人的事迹有夸大的成分。",
        });
        (await filed.Content.ReadAsStringAsync()).ShouldContain("异议已收到");
        (await app.WithDbAsync(db => db.Objections.CountAsync(o => o.NominationId == id))).ShouldBe(1);
    }

    [Fact]
    public async Task The_results_page_proposes_nominations_from_a_published_result_once()
    {
        var competitionId = await app.WithDbAsync(async db =>
        {
            var p = await StandingsData.CreateAsync(db, app.OccupationId, app.EnterpriseId, ["郑一", "郑二"], competitionName: "竞赛H");
            var competition = await db.Competitions.SingleAsync(x => x.Id == p.Id);
            competition.SetRankingRules(Domain.Ranking.RankingRules.Default with { HonourTopN = 1, HonourTitle = "市技术能手" });
            await db.SaveChangesAsync();
            var snapshot = await StandingsData.AddSnapshotAsync(db, p.Id, Domain.Ranking.SnapshotBasis.Locked,
                StandingsData.Row(p.Entrants[0].Id, 1, 1, 9000), StandingsData.Row(p.Entrants[1].Id, 2, 2, 8000));
            var facts = new Domain.Competitions.CompetitionFacts(true, 2, 1, 0, true);
            snapshot.Finalise("organizer", DateTime.UtcNow);
            snapshot.Publish("organizer", DateTime.UtcNow);
            competition.MoveTo(Domain.Competitions.CompetitionStatus.Ranked, facts, "organizer", DateTime.UtcNow);
            competition.MoveTo(Domain.Competitions.CompetitionStatus.Published, facts, "organizer", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);
        var page = await organizer.GetStringAsync($"/Competitions/{competitionId}/Results");
        page.ShouldContain("propose-nominations");

        var first = await organizer.PostFormAsync($"/Competitions/{competitionId}/Results?handler=Nominate", new Dictionary<string, string>());
        (await first.Content.ReadAsStringAsync()).ShouldContain("已生成 1 条推荐");
        var again = await organizer.PostFormAsync($"/Competitions/{competitionId}/Results?handler=Nominate", new Dictionary<string, string>());
        (await again.Content.ReadAsStringAsync()).ShouldContain("本次成绩的推荐已经生成过（1 条），没有新增。");
        (await app.WithDbAsync(db => db.Nominations.CountAsync(n => n.CompetitionId == competitionId))).ShouldBe(1);
    }
}
