using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Innovation entries over HTTP: the API from submission to assessment (with the refusals as ProblemDetails), and the
/// phone-sized pages a worker submits on and HR assesses on, ending on the worker's ladder timeline.
/// </summary>
public sealed partial class InnovationWebTests(WebApp app) : IClassFixture<WebApp>
{
    private async Task<int> WorkerAsync(string name, int sequence) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1991, 4, 4), sequence), app.EnterpriseId, app.OccupationId, new DateOnly(2014, 1, 1), true);
        worker.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == "Intermediate"), new DateOnly(2021, 1, 1), LevelChangeReason.Initial);
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

    /// <summary>Posts a page handler with the antiforgery token of the page just shown.</summary>
    private static async Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, string url, string? handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value };
        return await client.PostAsync(handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Api_journey_from_a_workers_proposal_to_an_assessed_grade_on_the_timeline()
    {
        var (lead, colleague) = (await WorkerAsync("郑海", 601), await WorkerAsync("郑洋", 603));
        var worker = await app.ClientAsAsync(AppRoles.Worker, workerId: lead, enterpriseId: app.EnterpriseId);
        var hr = await app.ClientAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var conflicted = await app.ClientAsAsync(AppRoles.HrReviewer, workerId: colleague, enterpriseId: app.EnterpriseId);

        var bad = await ProblemAsync(await worker.PostAsJsonAsync("/api/innovations", new { kind = "RationalisationProposal", title = "改进" }), HttpStatusCode.BadRequest);
        bad.GetProperty("errors").GetProperty("title")[0].GetString().ShouldBe("名称应为 4–200 个字。");
        var created = await worker.PostAsJsonAsync("/api/innovations", new
        {
            kind = "RationalisationProposal", title = "配电柜巡检路线优化", description = "按负荷分区重排巡检路线，减少往返。",
            expectedBenefit = "每班节省巡检时间约 40 分钟", coAuthorWorkerIds = new[] { colleague },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("id").GetInt32();
        created.Headers.Location!.ToString().ShouldBe($"/api/innovations/{id}");
        (entry.GetProperty("status").GetString(), entry.GetProperty("may").GetProperty("withdraw").GetBoolean()).ShouldBe(("Submitted", true));

        var list = await hr.GetFromJsonAsync<JsonElement>("/api/innovations?status=Submitted");
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ShouldContain(id);
        (await ProblemAsync(await worker.PostAsJsonAsync($"/api/innovations/{id}/assessment", new { version = 0, adopted = true, assessedBenefit = "100" }),
            HttpStatusCode.Forbidden)).GetProperty("detail").GetString().ShouldBe("只有本企业人事、总工会审核人员或管理员可以评定创新成果。");
        (await ProblemAsync(await conflicted.PostAsJsonAsync($"/api/innovations/{id}/assessment", new { version = 0, adopted = true, assessedBenefit = "100" }),
            HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("innovation.conflict_of_interest");

        var assessed = await hr.PostAsJsonAsync($"/api/innovations/{id}/assessment", new { version = 0, adopted = true, assessedBenefit = "36000" });
        assessed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await assessed.Content.ReadFromJsonAsync<JsonElement>();
        (result.GetProperty("grade").GetString(), result.GetProperty("assessedBenefitFen").GetInt64()).ShouldBe(("Second", 3_600_000L));
        (await ProblemAsync(await hr.PostAsJsonAsync($"/api/innovations/{id}/assessment", new { version = 0, adopted = false, note = "重复" }),
            HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("innovation.decided");
        (await ProblemAsync(await worker.PostAsJsonAsync($"/api/innovations/{id}/withdrawal", new { version = 1 }), HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("innovation.decided");

        var progress = await hr.GetFromJsonAsync<JsonElement>($"/api/workers/{colleague}/progress"); // the co-author's, read by their HR
        progress.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("textZh").GetString())
            .ShouldContain("创新成果被采纳：配电柜巡检路线优化（合理化建议，二等）");
    }

    [Fact]
    public async Task A_worker_submits_on_the_form_with_a_colleague_found_by_name_and_hr_grades_it_on_the_page()
    {
        var (lead, colleague) = (await WorkerAsync("韩冰", 611), await WorkerAsync("韩雪", 613));
        var phone = await app.BrowserAsAsync(AppRoles.Worker, workerId: lead, enterpriseId: app.EnterpriseId);

        var form = await phone.GetStringAsync("/Innovation/New");
        form.ShouldContain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        form.ShouldContain("data-testid=\"lead-author\">韩冰</strong>");
        var fields = new Dictionary<string, string>
        {
            ["Command.Kind"] = "SmallInnovation", ["Command.Title"] = "电缆剥线器改装", ["Command.Description"] = "在剥线器上加装限位块，剥线长度一次到位。",
            ["ColleagueSearch"] = "韩雪",
        };
        var found = await (await PostHandlerAsync(phone, "/Innovation/New", "FindColleagues", fields)).Content.ReadAsStringAsync();
        found.ShouldContain($"name=\"Command.CoAuthorWorkerIds\" value=\"{colleague}\"");
        found.ShouldContain("value=\"电缆剥线器改装\""); // what was typed survives the search
        found.ShouldNotContain("field-validation-error"); // a search is not a submission: no messages

        var tooShort = await (await PostHandlerAsync(phone, "/Innovation/New", null, new(fields) { ["Command.Description"] = "太短" })).Content.ReadAsStringAsync();
        tooShort.ShouldContain("请用 10–4000 个字说明成果内容");
        var submitted = await PostHandlerAsync(phone, "/Innovation/New", null, new(fields) { ["Command.CoAuthorWorkerIds"] = colleague.ToString() });
        var path = submitted.RequestMessage!.RequestUri!.AbsolutePath;
        path.ShouldStartWith("/Innovation/");
        var id = int.Parse(path["/Innovation/".Length..]);
        var details = await submitted.Content.ReadAsStringAsync();
        details.ShouldContain("创新成果已提交，等待评定。");
        details.ShouldContain("data-testid=\"authors\">韩冰、韩雪</dd>");
        details.ShouldContain("data-testid=\"withdraw\"");
        details.ShouldNotContain("data-testid=\"assess-form\"");

        var hr = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var url = $"/Innovation/{id}";
        (await hr.GetStringAsync(url)).ShouldContain("data-testid=\"assess-form\"");
        var refused = await (await PostHandlerAsync(hr, url, "Assess", new() { ["Assess.Version"] = "0", ["Assess.Adopted"] = "True", ["Assess.AssessedBenefit"] = "12.345" }))
            .Content.ReadAsStringAsync();
        refused.ShouldContain("请填写年度评估效益：不小于 0 的金额，最多两位小数（单位：元）。");
        var graded = await (await PostHandlerAsync(hr, url, "Assess", new()
        {
            ["Assess.Version"] = "0", ["Assess.Adopted"] = "True", ["Assess.AssessedBenefit"] = "4,800", ["Assess.Grade"] = "Third",
            ["Assess.Note"] = "消除了剥线时划伤手指的隐患。",
        })).Content.ReadAsStringAsync();
        graded.ShouldContain("已采纳，等级已评定。");
        graded.ShouldContain("data-testid=\"benefit\">¥4,800.00</dd>");
        graded.ShouldContain("<strong>三等</strong>");
        (await app.WithDbAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id))).Status.ShouldBe(InnovationStatus.Accepted);

        var ladder = await phone.GetStringAsync($"/Ladder/Worker/{lead}");
        ladder.ShouldContain("class=\"event-innovationaccepted\"");
        ladder.ShouldContain("创新成果被采纳：电缆剥线器改装（小革新，三等）");
        var list = await phone.GetStringAsync("/Innovation?status=Accepted");
        list.ShouldContain($"<a href=\"/Innovation/{id}\">电缆剥线器改装</a>");
    }

    [Fact]
    public async Task Hr_picks_the_worker_first_and_an_author_who_is_hr_is_told_why_they_cannot_assess()
    {
        var lead = await WorkerAsync("冯涛", 621);
        var hrWorker = await WorkerAsync("冯丽", 623);
        var hr = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);

        var picker = await hr.GetStringAsync("/Innovation/New?find=冯涛");
        picker.ShouldContain($"href=\"/Innovation/New?workerId={lead}\"");
        var submitted = await PostHandlerAsync(hr, $"/Innovation/New?workerId={lead}", null, new()
        {
            ["WorkerId"] = lead.ToString(), ["Command.Kind"] = "SmallDesign", ["Command.Title"] = "工具车分格设计",
            ["Command.Description"] = "按工序分格摆放工具，取用不再翻找。", ["Command.CoAuthorWorkerIds"] = hrWorker.ToString(),
        });
        var id = int.Parse(submitted.RequestMessage!.RequestUri!.AbsolutePath["/Innovation/".Length..]);
        (await app.WithDbAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id))).SubmittedByWorkerId.ShouldBe(lead);

        var conflicted = await app.BrowserAsAsync(AppRoles.HrReviewer, workerId: hrWorker, enterpriseId: app.EnterpriseId);
        var page = await conflicted.GetStringAsync($"/Innovation/{id}");
        page.ShouldContain("data-testid=\"conflict\"");
        page.ShouldNotContain("data-testid=\"assess-form\"");
    }

    [Fact]
    public async Task The_policy_form_and_page_carry_the_innovation_route()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        (await admin.GetStringAsync("/Ladder/Policies/Create")).ShouldContain("name=\"Command.Routes[0].InnovationsAccepted\"");
        var saved = await admin.PostFormAsync("/Ladder/Policies/Create", new Dictionary<string, string>
        {
            ["Command.EffectiveFrom"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), ["Command.Tier1MinLevelRank"] = "1", ["Command.Tier2MinLevelRank"] = "4",
            ["Command.Routes[0].TargetLevelRank"] = "4", ["Command.Routes[0].YearsAtPreviousLevel"] = "5",
            ["Command.Routes[1].TargetLevelRank"] = "4", ["Command.Routes[1].InnovationsAccepted"] = "3", ["Command.Routes[1].InnovationsWithinYears"] = "2",
        });
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Ladder/Policies/Details/");
        (await saved.Content.ReadAsStringAsync()).ShouldContain("近 2 年有 3 项创新成果（五小、合理化建议）被采纳");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
