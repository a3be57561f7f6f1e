using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Studios and the title table over HTTP: the federation names and reviews a studio (once a year), enterprise HR records
/// a project's savings exact to the fen, every signed-in reader sees it on the pages; admins save the title table whole.
/// </summary>
public sealed class StudiosWebTests(WebApp app) : IClassFixture<WebApp>
{
    private async Task<int> WorkerAsync(string name, int sequence) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1988, 8, 8), sequence), app.EnterpriseId, app.OccupationId, new DateOnly(2010, 1, 1), true);
        worker.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == "SeniorTechnician"), new DateOnly(2020, 1, 1), LevelChangeReason.Initial);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });

    [Fact]
    public async Task A_studio_is_named_gets_a_project_with_exact_savings_and_one_review_a_year()
    {
        var lead = await WorkerAsync("吴大师", 901);
        var federation = await app.ClientAsAsync(AppRoles.HrReviewer);
        var hr = await app.ClientAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        (await hr.PostAsJsonAsync("/api/studios", new { name = "吴大师技能大师工作室", kind = "SkillMaster", enterpriseId = app.EnterpriseId, leadWorkerId = lead, foundedOn = "2025-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var created = await federation.PostAsJsonAsync("/api/studios", new { name = "吴大师技能大师工作室", kind = "SkillMaster", enterpriseId = app.EnterpriseId, leadWorkerId = lead, foundedOn = "2025-01-01" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var project = await (await hr.PostAsJsonAsync($"/api/studios/{id}/projects", new { title = "高精度主轴修复", startedOn = "2025-02-01" })).Content.ReadFromJsonAsync<int>();
        var results = await hr.PutAsJsonAsync($"/api/studios/{id}/projects/{project}/results", new { patents = 1, fiveSmallEntries = 2, savings = "12,345.67", completedOn = "2025-10-01" });
        (await results.Content.ReadFromJsonAsync<long>()).ShouldBe(1_234_567L);

        (await federation.PostAsJsonAsync($"/api/studios/{id}/reviews", new { year = 2025, grade = "Good" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var twice = await federation.PostAsJsonAsync($"/api/studios/{id}/reviews", new { year = 2025, grade = "Pass" });
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("2025 年度已考核。");

        var worker = await app.BrowserAsAsync(AppRoles.Worker, workerId: lead);
        (await worker.GetStringAsync("/Studios")).ShouldContain("吴大师技能大师工作室");
        var details = await worker.GetStringAsync($"/Studios/Details/{id}");
        details.ShouldContain("12,345.67");
        details.ShouldNotContain("data-testid=\"review-form\"");
        (await (await app.BrowserAsAsync(AppRoles.Admin)).GetStringAsync("/Reports/Talent/Studios?fromYear=2025&toYear=2025")).ShouldContain("12,345.67");
    }

    [Fact]
    public async Task A_pay_grid_names_the_title_each_level_counts_as()
    {
        // A proposal for 技师 (rank 5): the default table makes it 工程师.
        var agreement = await app.WithDbAsync(async db =>
        {
            var basic = await db.PostClasses.OrderBy(c => c.Order).Select(c => c.Id).FirstAsync();
            var a = new Domain.Pay.WageAgreement("能级工资专项集体合同T", Domain.Pay.AgreementScope.Enterprise, app.EnterpriseId, null, null, "湖州市区",
                Domain.Pay.BargainingSide.Union, "依法提出开展能级工资集体协商的书面要约。", new DateOnly(2026, 3, 2), 12,
                Domain.Pay.PayEffectiveRule.NextPayMonth, new Domain.Pay.BargainingDeadlines());
            foreach (var side in new[] { Domain.Pay.BargainingSide.Union, Domain.Pay.BargainingSide.Employer })
                for (var i = 0; i < 3; i++) a.AddRepresentative(side, $"代表{(int)side}{i}", null, i == 0);
            a.Reply(new DateOnly(2026, 3, 5));
            a.HoldRound(new DateOnly(2026, 3, 10), "第一轮协商纪要。",
                [(Domain.Pay.BargainingSide.Union, new Domain.Pay.PayGrid([new(basic, 5, 580_000, 20_000)], 0, 0), null)]);
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
        var page = await (await app.BrowserAsAsync(AppRoles.Admin)).GetStringAsync($"/Bargaining/Agreements/{agreement}");
        page.ShouldContain("data-testid=\"title-equivalent\">（相当于 工程师）");
    }

    [Fact]
    public async Task Admins_save_the_title_table_whole_and_bad_ranks_are_named()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var bad = await admin.PutAsJsonAsync("/api/reference/title-equivalences", new { rows = new[] { new { levelRank = 42, grade = "Senior", title = "高级工程师" } } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("技能等级不在技能等级序列中。");

        var saved = await admin.PutAsJsonAsync("/api/reference/title-equivalences", new
        {
            rows = new[] { new { levelRank = 4, grade = "Assistant", title = "助理工程师" }, new { levelRank = 5, grade = "Intermediate", title = "工程师" },
                new { levelRank = 6, grade = "Senior", title = "高级工程师" } },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var table = await (await app.ClientAsAsync(AppRoles.Worker)).GetFromJsonAsync<JsonElement>("/api/reference/title-equivalences");
        table.EnumerateArray().Select(r => r.GetProperty("title").GetString()).ShouldBe(["助理工程师", "工程师", "高级工程师"]);
        (await (await app.BrowserAsAsync(AppRoles.Admin)).GetStringAsync("/Admin/Titles")).ShouldContain("高级工程师");
    }
}
