using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>The talent reports over HTTP: JSON, ProblemDetails for bad filters, the .xlsx twin, the printable page.</summary>
public sealed class TalentReportsWebTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task An_organizer_reads_exports_and_prints_and_bad_years_are_400_problem_details()
    {
        var senior = await app.WithDbAsync(db => db.SkillLevels.SingleAsync(l => l.Code == "Senior"));
        await app.WithDbAsync(async db =>
        {
            db.Attach(senior);
            var worker = new Worker("报表甲", TestData.IdNumber(new DateOnly(1985, 3, 3), 71), app.EnterpriseId, app.OccupationId, new DateOnly(2008, 1, 1), true);
            worker.ChangeLevel(senior, new DateOnly(2016, 1, 1), LevelChangeReason.Assessment);
            db.Add(worker);
            return await db.SaveChangesAsync();
        });
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);

        var overview = await organizer.GetFromJsonAsync<JsonElement>($"/api/reports/talent/overview?enterpriseId={app.EnterpriseId}");
        overview.GetProperty("counts").GetProperty("withLevel").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        overview.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("rank").ValueKind == JsonValueKind.Number
            && l.GetProperty("rank").GetInt32() == 4).GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        var bad = await organizer.GetAsync("/api/reports/talent/years?fromYear=2026&toYear=2020");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("fromYear")[0].GetString().ShouldBe("起始年份不能晚于截止年份。");

        var file = await organizer.GetAsync("/api/reports/talent/years.xlsx?fromYear=2015");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var table = Application.Common.Tables.TabularFile.Read(await file.Content.ReadAsStreamAsync(), "years.xlsx");
        table.Rows.Single(r => r.Get("年度") == "2016").Get("高级工").ShouldNotBe("0");

        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        var page = await browser.GetStringAsync("/Reports/Talent");
        page.ShouldContain("高技能人才占比");
        page.ShouldContain("/api/reports/talent/overview.xlsx");
        page.ShouldContain("data-print");
        (await browser.GetStringAsync("/Reports/Talent/Years?fromYear=2026&toYear=2020")).ShouldContain("起始年份不能晚于截止年份。");
    }
}
