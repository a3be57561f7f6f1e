using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Training over HTTP: the API from a programme to a certificate (refusals as ProblemDetails), and the pages a manager
/// sets up a programme and keeps the roster on, the printable certificate and the worker's timeline. The host runs on
/// the real clock, so a programme is set up ahead, enrolled, then moved into the past to take attendance and results.
/// </summary>
public sealed partial class TrainingWebTests(WebApp app) : IClassFixture<WebApp>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private async Task<int> WorkerAsync(string name, int sequence, int? enterpriseId = null) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1990, 3, 3), sequence), enterpriseId ?? app.EnterpriseId, app.OccupationId,
            new DateOnly(2014, 1, 1), true);
        worker.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == "Intermediate"), new DateOnly(2021, 1, 1), LevelChangeReason.Initial);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });

    private static object Programme(string title, DateOnly startsOn, int capacity = 10, int? version = null) => new
    {
        title, provider = "宁波技师学院", hours = 16, assessment = "实操考核", capacity, startsOn, endsOn = startsOn.AddDays(1),
        cost = "800", subsidy = "400", isApproved = true, targetTier = "HighSkilledWorker", version,
    };

    private async Task<int> OtherEnterpriseAsync() => await app.WithDbAsync(async db =>
    {
        var existing = await db.Enterprises.Where(e => e.Name == "宁波港联机械有限公司").Select(e => (int?)e.Id).SingleOrDefaultAsync();
        if (existing is { } id) return id;
        var industry = await db.Enterprises.Where(e => e.Id == app.EnterpriseId).Select(e => e.IndustryId).SingleAsync();
        var other = new Domain.Organisations.Enterprise("宁波港联机械有限公司", TestData.CreditCode(72), industry, "北仑区", null);
        db.Add(other);
        await db.SaveChangesAsync();
        return other.Id;
    });

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Creates a programme ahead, enrols the workers (as the admin), then moves it to the two days before today.</summary>
    private async Task<(int Programme, int[] Enrolments)> HeldProgrammeAsync(HttpClient admin, string title, params int[] workers)
    {
        var created = await admin.PostAsJsonAsync("/api/training/programmes", Programme(title, Today.AddDays(10)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        foreach (var worker in workers)
            (await admin.PostAsJsonAsync($"/api/training/programmes/{id}/enrolments", new { workerId = worker })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Each enrolment touches the programme (its version guards the last place), so the version read is the count.
        var moved = await admin.PutAsJsonAsync($"/api/training/programmes/{id}", Programme(title, Today.AddDays(-2), version: workers.Length));
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = await moved.Content.ReadFromJsonAsync<JsonElement>();
        return (id, details.GetProperty("enrolments").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToArray());
    }

    [Fact]
    public async Task Api_journey_from_enrolment_by_hr_to_a_certificate_with_the_refusals_as_problem_details()
    {
        var (worker, outsider) = (await WorkerAsync("钱进", 701), await WorkerAsync("钱多", 703, await OtherEnterpriseAsync()));
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var hr = await app.ClientAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var created = await admin.PostAsJsonAsync("/api/training/programmes", Programme("焊工技能提升班", Today.AddDays(10), capacity: 1));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        created.Headers.Location!.ToString().ShouldBe($"/api/training/programmes/{id}");

        (await ProblemAsync(await hr.PostAsJsonAsync($"/api/training/programmes/{id}/enrolments", new { workerId = outsider }), HttpStatusCode.Forbidden))
            .GetProperty("detail").GetString().ShouldBe("您只能为本人或本企业的职工报名。");
        (await hr.PostAsJsonAsync($"/api/training/programmes/{id}/enrolments", new { workerId = worker })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var twice = await ProblemAsync(await hr.PostAsJsonAsync($"/api/training/programmes/{id}/enrolments", new { workerId = worker }), HttpStatusCode.Conflict);
        (twice.GetProperty("code").GetString(), twice.GetProperty("detail").GetString()).ShouldBe(("training.duplicate", "钱进已报名该培训项目（已报名）。"));
        var full = await ProblemAsync(await admin.PostAsJsonAsync($"/api/training/programmes/{id}/enrolments", new { workerId = outsider }), HttpStatusCode.Conflict);
        full.GetProperty("detail").GetString().ShouldBe("名额已满（1 人）。");

        var list = await hr.GetFromJsonAsync<JsonElement>("/api/training/programmes?tier=HighSkilledWorker&status=Open");
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldContain(id);
    }

    [Fact]
    public async Task Roster_refuses_thirteen_hours_by_name_then_a_pass_prints_a_certificate_that_shows_on_the_timeline()
    {
        var worker = await WorkerAsync("孙立", 711);
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var (programme, enrolments) = await HeldProgrammeAsync(admin, "电工安全作业培训", worker);
        var (day1, day2) = (Today.AddDays(-2), Today.AddDays(-1));

        var refused = await ProblemAsync(await admin.PutAsJsonAsync($"/api/training/programmes/{programme}/roster", new
        {
            cells = new[] { new { enrolmentId = enrolments[0], day = day1, hours = "8" }, new { enrolmentId = enrolments[0], day = day2, hours = "13" } },
        }), HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("cells")[0].GetString().ShouldBe($"孙立 {day2:yyyy-MM-dd}：每天学时应在 0–12 之间。");
        var roster = await admin.GetFromJsonAsync<JsonElement>($"/api/training/programmes/{programme}/roster");
        roster.GetProperty("rows")[0].GetProperty("attendedHours").GetDecimal().ShouldBe(0m); // nothing half-saved

        // The roster page: the same refusal in place, what was typed kept; then a good sheet.
        var browser = await app.BrowserAsAsync(AppRoles.Admin);
        var url = $"/Training/Roster/{programme}";
        var (cell1, cell2) = ($"Cells[{enrolments[0]}:{day1:yyyy-MM-dd}]", $"Cells[{enrolments[0]}:{day2:yyyy-MM-dd}]");
        var page = await (await PostAsync(browser, url, new() { [cell1] = "8", [cell2] = "13" })).Content.ReadAsStringAsync();
        page.ShouldContain($"孙立 {day2:yyyy-MM-dd}：每天学时应在 0–12 之间。");
        page.ShouldContain("value=\"13\"");
        var saved = await PostAsync(browser, url, new() { [cell1] = "8", [cell2] = "7.5" });
        // The browser follows the redirect back to the roster, which shows the flash and the hours saved.
        var after = await saved.Content.ReadAsStringAsync();
        (after.Contains("考勤已保存。"), after.Contains("value=\"7.5\""), after.Contains("value=\"13\"")).ShouldBe((true, true, false));

        (await admin.PostAsJsonAsync($"/api/training/enrolments/{enrolments[0]}/result", new { passed = true, score = "91", version = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var certificate = await admin.GetFromJsonAsync<JsonElement>($"/api/training/enrolments/{enrolments[0]}/certificate");
        var number = certificate.GetProperty("certificateNumber").GetString()!;
        number.ShouldBe($"PX{Today.Year}{programme:D5}0001");

        var phone = await app.BrowserAsAsync(AppRoles.Worker, workerId: worker, enterpriseId: app.EnterpriseId);
        var printable = await phone.GetStringAsync($"/Training/Certificate/{enrolments[0]}");
        printable.ShouldContain(number);
        printable.ShouldContain("/css/certificate.css");
        printable.ShouldContain("经考核合格，准予结业");
        var ladder = await phone.GetStringAsync($"/Ladder/Worker/{worker}");
        ladder.ShouldContain("培训结业：电工安全作业培训（16 学时）");
        var other = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: await OtherEnterpriseAsync());
        (await other.GetAsync($"/Training/Certificate/{enrolments[0]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_manager_sets_up_a_programme_on_the_form_and_a_worker_enrols_on_the_details_page()
    {
        var worker = await WorkerAsync("周敏", 721);
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);
        var fields = new Dictionary<string, string>
        {
            ["Command.Title"] = "叉车安全驾驶培训", ["Command.Provider"] = "市职业培训中心", ["Command.Hours"] = "24", ["Command.Assessment"] = "路考",
            ["Command.Capacity"] = "20", ["Command.StartsOn"] = Today.AddDays(20).ToString("yyyy-MM-dd"), ["Command.EndsOn"] = Today.AddDays(22).ToString("yyyy-MM-dd"),
            ["Command.Cost"] = "300", ["Command.Subsidy"] = "500",
        };
        var refused = await (await PostAsync(organizer, "/Training/New", fields)).Content.ReadAsStringAsync();
        refused.ShouldContain("工会补贴不能超过培训费用。");
        fields["Command.Subsidy"] = "150";
        var created = await PostAsync(organizer, "/Training/New", fields);
        (await created.Content.ReadAsStringAsync()).ShouldContain("培训项目已创建。");
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        details.ShouldStartWith("/Training/Details/");

        var phone = await app.BrowserAsAsync(AppRoles.Worker, workerId: worker, enterpriseId: app.EnterpriseId);
        var page = await phone.GetStringAsync(details);
        page.ShouldContain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        page.ShouldContain("data-testid=\"enrol-self\"");
        var after = await (await PostAsync(phone, details, new(), "Enrol")).Content.ReadAsStringAsync();
        after.ShouldContain("报名成功。");
        after.ShouldNotContain("data-testid=\"enrol-self\"");
        after.ShouldContain("周敏");
        after.ShouldContain("data-testid=\"enrolled\">1 / 20");
        (await phone.GetStringAsync("/Training")).ShouldContain("叉车安全驾驶培训");
    }

    [Fact]
    public async Task A_training_route_saved_through_the_api_shows_met_on_the_workers_ladder_page_after_completion()
    {
        var worker = await WorkerAsync("吴刚", 731);
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var browserAdmin = await app.BrowserAsAsync(AppRoles.Admin);
        (await browserAdmin.GetStringAsync("/Ladder/Policies/Create")).ShouldContain("name=\"Command.Routes[0].TrainingHours\"");
        var policy = await admin.PostAsJsonAsync("/api/ladder/policies", new
        {
            effectiveFrom = Today, tier1MinLevelRank = 1, tier2MinLevelRank = 4,
            routes = new object[] { new { targetLevelRank = 4, trainingHours = 16, trainingWithinYears = 1 } },
        });
        policy.StatusCode.ShouldBe(HttpStatusCode.Created);
        var number = (await policy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
        (await browserAdmin.GetStringAsync($"/Ladder/Policies/Details/{number}")).ShouldContain("近 1 年完成经认定的培训 16 学时");

        var (programme, enrolments) = await HeldProgrammeAsync(admin, "钳工精密装配培训", worker);
        (await admin.PutAsJsonAsync($"/api/training/programmes/{programme}/roster", new
        {
            cells = new[] { new { enrolmentId = enrolments[0], day = Today.AddDays(-2), hours = "8" }, new { enrolmentId = enrolments[0], day = Today.AddDays(-1), hours = "8" } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/training/enrolments/{enrolments[0]}/result", new { passed = true, version = 1 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var phone = await app.BrowserAsAsync(AppRoles.Worker, workerId: worker, enterpriseId: app.EnterpriseId);
        var page = await phone.GetStringAsync($"/Ladder/Worker/{worker}");
        page.ShouldContain("data-kind=\"TrainingHours\"");
        page.ShouldContain("近 1 年完成经认定的培训 16 学时：已有 16 学时");
        page.ShouldContain($"{Today:yyyy-MM-dd} 满足");

        (await browserAdmin.GetStringAsync("/Reports/Talent")).ShouldContain("href=\"/Reports/Talent/Training\"");
        var report = await browserAdmin.GetStringAsync($"/Reports/Talent/Training?year={Today.Year}");
        (report.Contains("id=\"by-tier\""), report.Contains("id=\"by-industry\""), report.Contains("<td>高技能人才</td>")).ShouldBe((true, true, true));
        var hours = await admin.GetFromJsonAsync<JsonElement>($"/api/training/hours-report?year={Today.Year}");
        hours.GetProperty("total").GetProperty("hours").GetInt64().ShouldBeGreaterThanOrEqualTo(16);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value };
        return await client.PostAsync(handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
