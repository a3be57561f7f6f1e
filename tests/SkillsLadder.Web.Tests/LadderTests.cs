using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>The ladder over HTTP: policy versions through the API and the form, a worker's ladder page and its messages.</summary>
public sealed partial class LadderTests(WebApp app) : IClassFixture<WebApp>
{
    private static string InTwoDays => DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");

    private async Task<int> WorkerAsync(string name, int sequence) => await app.WithDbAsync(async db =>
    {
        var level = await db.SkillLevels.SingleAsync(l => l.Code == "Intermediate");
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1991, 3, 3), sequence), app.EnterpriseId, app.OccupationId, new DateOnly(2014, 1, 1), true);
        worker.ChangeLevel(level, new DateOnly(2021, 1, 1), LevelChangeReason.Initial);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });

    [Fact]
    public async Task Admins_list_read_and_save_policy_versions_and_row_errors_name_the_row()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/ladder/policies");
        list.EnumerateArray().Any(p => p.GetProperty("number").GetInt32() == 1 && p.GetProperty("inForce").GetBoolean()).ShouldBeTrue();
        var bad = await admin.PostAsJsonAsync("/api/ladder/policies", new
        {
            effectiveFrom = InTwoDays, tier1MinLevelRank = 1, tier2MinLevelRank = 4,
            routes = new object[] { new { targetLevelRank = 4, yearsAtPreviousLevel = 5 }, new { targetLevelRank = 3 } },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("routes[1].yearsAtPreviousLevel")[0].GetString().ShouldBe("每条晋级路径至少要有一个条件。");

        var created = await admin.PostAsJsonAsync("/api/ladder/policies", new
        {
            effectiveFrom = InTwoDays, tier1MinLevelRank = 1, tier2MinLevelRank = 4, note = "接口保存",
            routes = new object[] { new { targetLevelRank = 4, yearsAtPreviousLevel = 5 }, new { targetLevelRank = 5, minimumEducation = "TechnicianCollege", yearsAtPreviousLevel = 3 } },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
        created.Headers.Location!.ToString().ShouldBe($"/api/ladder/policies/{number}");
        var saved = await admin.GetFromJsonAsync<JsonElement>($"/api/ladder/policies/{number}");
        saved.GetProperty("routes")[1].GetProperty("minimumEducation").GetString().ShouldBe("TechnicianCollege");
        (await admin.GetAsync("/api/ladder/policies/9999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_new_version_form_starts_from_the_version_in_force_and_shows_errors_beside_the_row()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        var form = await admin.GetStringAsync("/Ladder/Policies/Create");
        form.ShouldContain("name=\"Command.Routes[9].CompetitionTopN\" value=\"3\""); // the default's exemption rows, prefilled
        var before = await app.WithDbAsync(db => db.LadderPolicies.CountAsync());

        var response = await admin.PostFormAsync("/Ladder/Policies/Create", new Dictionary<string, string>
        {
            ["Command.EffectiveFrom"] = InTwoDays, ["Command.Tier1MinLevelRank"] = "1", ["Command.Tier2MinLevelRank"] = "4",
            ["Command.Routes[0].TargetLevelRank"] = "0", ["Command.Routes[0].YearsInOccupation"] = "7", // deleted row
            ["Command.Routes[1].TargetLevelRank"] = "4", ["Command.Routes[1].YearsAtPreviousLevel"] = "5",
            ["Command.Routes[2].TargetLevelRank"] = "5",
        });

        var html = await response.Content.ReadAsStringAsync();
        // The deleted row is gone, so the empty route is now row 1.
        RowError().Match(html).Groups[1].Value.ShouldBe("Command.Routes[1].YearsAtPreviousLevel");
        html.ShouldContain("每条晋级路径至少要有一个条件。");
        (await app.WithDbAsync(db => db.LadderPolicies.CountAsync())).ShouldBe(before);

        var ok = await admin.PostFormAsync("/Ladder/Policies/Create", new Dictionary<string, string>
        {
            ["Command.EffectiveFrom"] = InTwoDays, ["Command.Tier1MinLevelRank"] = "1", ["Command.Tier2MinLevelRank"] = "5",
            ["Command.Routes[0].TargetLevelRank"] = "4", ["Command.Routes[0].YearsAtPreviousLevel"] = "5",
            ["Command.Routes[1].TargetLevelRank"] = "4", ["Command.Routes[1].CompetitionTopN"] = "6",
            ["Command.Routes[1].CompetitionMinimumLevel"] = "Province", ["Command.Routes[1].CompetitionWithinYears"] = "3",
        });
        ok.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Ladder/Policies/Details/");
        var details = await ok.Content.ReadAsStringAsync();
        details.ShouldContain("中级工满 5 年");
        details.ShouldContain("近 3 年省级及以上竞赛前 6 名（破格）");
    }

    [Fact]
    public async Task A_worker_sees_their_ladder_as_a_scalable_picture_and_marks_messages_read_by_posting()
    {
        var id = await WorkerAsync("沈一鸣", 501);
        await app.WithDbAsync(async db =>
        {
            db.Add(new WorkerMessage(id, WorkerMessageKind.TierChanged, "您的人才层级已变更。", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var worker = await app.BrowserAsAsync(AppRoles.Worker, workerId: id, enterpriseId: app.EnterpriseId);

        var home = await worker.GetStringAsync("/");
        home.ShouldContain($"data-testid=\"ladder-tile\" href=\"/Ladder/Worker/{id}\"");
        home.ShouldContain("下一等级：高级工");
        var page = await worker.GetStringAsync($"/Ladder/Worker/{id}");
        page.ShouldContain("<svg viewBox=\"0 0 360 ");
        page.ShouldContain("<g class=\"rung held current\" data-rank=\"3\">");
        page.ShouldContain("<g class=\"rung next\" data-rank=\"4\">");
        page.ShouldContain("<text");
        page.ShouldContain("中级工满 5 年：已满");
        page.ShouldNotContain(" style=");
        page.ShouldContain("您的人才层级已变更。");
        (await app.WithDbAsync(db => db.WorkerMessages.CountAsync(m => m.WorkerId == id && m.ReadAt == null))).ShouldBe(1); // GET reads, never marks

        var token = Token().Match(page).Groups[1].Value;
        var upTo = UpTo().Match(page).Groups[1].Value;
        var posted = await worker.PostAsync($"/Ladder/Worker/{id}?handler=MarkRead", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["upToId"] = upTo,
        }));
        (await posted.Content.ReadAsStringAsync()).ShouldContain("消息已标为已读。");
        (await app.WithDbAsync(db => db.WorkerMessages.CountAsync(m => m.WorkerId == id && m.ReadAt == null))).ShouldBe(0);
    }

    [Fact]
    public async Task Progress_over_the_api_follows_the_worker_record_access()
    {
        var ours = await WorkerAsync("沈二鸣", 503);
        var worker = await app.ClientAsAsync(AppRoles.Worker, workerId: ours, enterpriseId: app.EnterpriseId);
        var other = await app.ClientAsAsync(AppRoles.Worker, workerId: await WorkerAsync("沈三鸣", 505), enterpriseId: app.EnterpriseId);

        var progress = await worker.GetFromJsonAsync<JsonElement>($"/api/workers/{ours}/progress");
        progress.GetProperty("tier").GetString().ShouldBe("SkilledWorker");
        progress.GetProperty("nextLevel").GetProperty("routes")[0].GetProperty("requirements")[0].GetProperty("textEn").GetString()!
            .ShouldStartWith("5 years at Intermediate worker: ");
        (await other.GetAsync($"/api/workers/{ours}/progress")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsync($"/api/workers/{ours}/messages/read", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.PostAsync($"/api/workers/{ours}/messages/read", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("data-valmsg-for=\"(Command\\.Routes\\[\\d+\\]\\.\\w+)\"[^>]*>每条")]
    private static partial Regex RowError();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"upToId\" value=\"(\\d+)\"")]
    private static partial Regex UpTo();
}
