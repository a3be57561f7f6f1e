using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Master–apprentice pairs over HTTP: HR files a plan by API, each worker signs only as themself (403 otherwise),
/// three signatures activate it, completion is refused naming the open milestone; and the phone page shows a worker
/// only their own signature button.
/// </summary>
public sealed partial class MentoringWebTests(WebApp app) : IClassFixture<WebApp>
{
    private async Task<int> WorkerAsync(string name, int sequence, string level) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1990, 3, 3), sequence), app.EnterpriseId, app.OccupationId, new DateOnly(2012, 1, 1), true);
        worker.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == level), new DateOnly(2020, 1, 1), LevelChangeReason.Initial);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });

    private async Task<(int Id, int Mentor, int Apprentice, HttpClient Hr)> PairAsync(int sequence)
    {
        var (mentor, apprentice) = (await WorkerAsync("钱师傅", sequence, "Technician"), await WorkerAsync("孙徒弟", sequence + 1, "Intermediate"));
        var hr = await app.ClientAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var created = await hr.PostAsJsonAsync("/api/mentoring/pairs", new
        {
            mentorWorkerId = mentor, apprenticeWorkerId = apprentice, plan = "一年内掌握数控车床编程与加工，达到高级工水平。",
            startsOn = today, endsOn = today.AddMonths(12),
            milestones = new[] { new { title = "掌握编程", dueOn = today.AddMonths(6) } },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        created.Headers.Location!.ToString().ShouldBe($"/api/mentoring/pairs/{id}");
        return (id, mentor, apprentice, hr);
    }

    [Fact]
    public async Task Api_three_own_signatures_activate_and_completion_names_the_open_milestone()
    {
        var (id, mentor, apprentice, hr) = await PairAsync(801);
        var mentorClient = await app.ClientAsAsync(AppRoles.Worker, workerId: mentor);
        var apprenticeClient = await app.ClientAsAsync(AppRoles.Worker, workerId: apprentice);

        var forged = await apprenticeClient.PostAsJsonAsync($"/api/mentoring/pairs/{id}/sign", new { party = "Mentor" });
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("职工只能以本人身份签字。");

        (await (await mentorClient.PostAsJsonAsync($"/api/mentoring/pairs/{id}/sign", new { party = "Mentor" })).Content.ReadAsStringAsync()).ShouldBe("\"Draft\"");
        (await (await apprenticeClient.PostAsJsonAsync($"/api/mentoring/pairs/{id}/sign", new { party = "Apprentice" })).Content.ReadAsStringAsync()).ShouldBe("\"Draft\"");
        (await (await hr.PostAsJsonAsync($"/api/mentoring/pairs/{id}/sign", new { party = "Enterprise" })).Content.ReadAsStringAsync()).ShouldBe("\"Active\"");

        var refused = await hr.PostAsync($"/api/mentoring/pairs/{id}/complete", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("还有节点未经三方签认：掌握编程。");
        var listed = await apprenticeClient.GetFromJsonAsync<JsonElement>("/api/mentoring/pairs");
        listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("status").GetString()).ShouldBe(["Active"]);
    }

    [Fact]
    public async Task A_worker_signs_on_the_page_and_sees_only_their_own_button()
    {
        var (id, mentor, _, _) = await PairAsync(811);
        var browser = await app.BrowserAsAsync(AppRoles.Worker, workerId: mentor);
        var url = $"/Mentoring/Details/{id}";
        var page = await browser.GetStringAsync(url);
        page.ShouldContain("data-testid=\"sign-Mentor\"");
        page.ShouldNotContain("data-testid=\"sign-Apprentice\"");
        page.ShouldNotContain("data-testid=\"sign-Enterprise\"");

        var form = new Dictionary<string, string> { ["party"] = "Mentor", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value };
        var signed = await browser.PostAsync($"{url}?handler=Sign", new FormUrlEncodedContent(form));
        signed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await signed.Content.ReadAsStringAsync();
        after.ShouldContain("已签字。");
        after.ShouldNotContain("data-testid=\"sign-Mentor\""); // signed: no second button
        (await app.WithDbAsync(db => db.MentoringPairs.SingleAsync(p => p.Id == id))).MentorSignedOn.ShouldNotBeNull();
        (await browser.GetStringAsync("/Mentoring")).ShouldContain($"/Mentoring/Details/{id}");
    }

    [Fact]
    public async Task A_search_on_the_plan_form_keeps_the_mentor_already_chosen_and_the_plan_typed()
    {
        var (mentor, apprentice) = (await WorkerAsync("周带徒师傅", 821, "Technician"), await WorkerAsync("吴学艺徒弟", 822, "Intermediate"));
        var browser = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var page = await browser.GetStringAsync("/Mentoring/New");
        var form = new Dictionary<string, string>
        {
            ["find"] = "吴学艺", ["Command.MentorWorkerId"] = mentor.ToString(), ["Command.ApprenticeWorkerId"] = "",
            ["Command.Plan"] = "半年内掌握化工装置开停车操作。", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        };
        var found = await browser.PostAsync("/Mentoring/New?handler=Find", new FormUrlEncodedContent(form));

        found.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await found.Content.ReadAsStringAsync();
        html.ShouldMatch($"<option value=\"{mentor}\" selected=\"selected\">周带徒师傅"); // not among the found, still chosen
        html.ShouldContain($"<option value=\"{apprentice}\">吴学艺徒弟");
        html.ShouldContain("半年内掌握化工装置开停车操作。");
        html.ShouldNotContain("请选择徒弟"); // a search judges nothing yet
        html.ShouldContain("<form method=\"post\" class=\"form\" novalidate action=\"/Mentoring/New\""); // 建立 posts the plan, not another search
        (await app.WithDbAsync(db => db.MentoringPairs.CountAsync(p => p.MentorWorkerId == mentor))).ShouldBe(0);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
