using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>The admin's view of the engine, over HTTP: the API and the /Admin/Jobs page, on a host that runs jobs.</summary>
public sealed class JobsPageTests
{
    private const string Sweep = "/api/jobs/maintenance/standings-sweep";

    [Fact]
    public async Task An_admin_sees_the_sweep_and_runs_pauses_and_resumes_it_through_the_api()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = await new JobsApp(database, "node-a").StartQuietAsync();
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var sweep = await SweepAsync(admin);
        sweep.GetProperty("schedule").GetString().ShouldBe("从不（仅手动运行）");
        sweep.GetProperty("state").GetString().ShouldBe("Waiting");
        sweep.GetProperty("recurring").GetBoolean().ShouldBeTrue();

        (await admin.PostAsync($"{Sweep}/run", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database, JobNames.MaintenanceGroup)).Count(r => r.Outcome == Data.Jobs.JobOutcome.Succeeded) == 1,
            JobsData.Patience, "the sweep run now");
        sweep = await SweepAsync(admin);
        (sweep.GetProperty("lastOutcome").GetString(), sweep.GetProperty("lastNode").GetString()).ShouldBe(("Succeeded", "node-a"));

        (await admin.PostAsync($"{Sweep}/pause", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await SweepAsync(admin)).GetProperty("state").GetString().ShouldBe("Paused");
        (await SweepAsync(admin)).TryGetProperty("nextRunAt", out var next).ShouldBeTrue();
        next.ValueKind.ShouldBe(JsonValueKind.Null);
        // A paused job still runs once when an admin asks.
        (await admin.PostAsync($"{Sweep}/run", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database, JobNames.MaintenanceGroup)).Count(r => r.Outcome == Data.Jobs.JobOutcome.Succeeded) == 2,
            JobsData.Patience, "the paused sweep run once on request");
        (await admin.PostAsync($"{Sweep}/resume", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await SweepAsync(admin)).GetProperty("state").GetString().ShouldBe("Waiting");
        // Issue 17, item 10: each lever is in the audit log, with who pulled it.
        var adminName = (await admin.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("userName").GetString();
        await using (var db = database.CreateContext())
            (await db.AuditEntries.Where(a => a.EntityType == "Job" && a.EntityId == "maintenance/standings-sweep").OrderBy(a => a.Id)
                .Select(a => a.Action + " " + a.Actor).ToListAsync())
                .ShouldBe(new[] { "JobRun", "JobPause", "JobRun", "JobResume" }.Select(action => $"{action} {adminName}").ToList());

        (await admin.PostAsync("/api/jobs/maintenance/no-such-job/run", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync("/api/jobs/ranking/competition-999999/run", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await admin.PostAsync("/api/jobs/ranking/competition-1/pause", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("job_not_recurring");
        (await admin.PostAsync("/api/jobs/failed/999999/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var history = await admin.GetFromJsonAsync<JsonElement>("/api/jobs/history?group=maintenance&pageSize=1");
        history.GetProperty("totalCount").GetInt32().ShouldBe(2);
        history.GetProperty("items").GetArrayLength().ShouldBe(1);
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        (await organizer.GetAsync("/api/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task On_the_page_an_admin_ranks_a_competition_now_and_finds_the_run_in_the_history()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var c = (await JobsData.CreateCompetitionsAsync(database, 1))[0];
        await using var app = await new JobsApp(database, "node-a").StartQuietAsync();
        var browser = await app.BrowserAsAsync(AppRoles.Admin);

        var page = await browser.GetStringAsync("/Admin/Jobs");
        page.ShouldContain("maintenance/standings-sweep");
        page.ShouldContain("node-a");

        // No ranking job exists for the competition yet: "run now" creates its run.
        var posted = await browser.PostFormAsync($"/Admin/Jobs?handler=Run&jobGroup=ranking&job=competition-{c}", new Dictionary<string, string>());
        (await posted.Content.ReadAsStringAsync()).ShouldContain("任务已安排立即运行。");
        await JobsData.WaitUntilAsync(() => app.Probe.Finished(c) == 1, JobsData.Patience, "the ranking the admin asked for");
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Any(r => r.Outcome == Data.Jobs.JobOutcome.Succeeded),
            JobsData.Patience, "its history");

        var history = await browser.GetStringAsync($"/Admin/Jobs?group=ranking&name=competition-{c}");
        history.ShouldContain($"ranking/competition-{c}");
        history.ShouldContain("Succeeded");
    }

    private static async Task<JsonElement> SweepAsync(HttpClient admin)
    {
        var overview = await admin.GetFromJsonAsync<JsonElement>("/api/jobs");
        overview.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        return overview.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == JobNames.SweepName);
    }
}
