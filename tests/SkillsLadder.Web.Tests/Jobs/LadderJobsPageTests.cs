using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// The daily jobs (ladder, deadlines) are Hangfire recurring jobs on China-time cron expressions from configuration
/// (5 fields, or Quartz's old 6-field form with seconds and "?", which existing configurations still hold), listed in
/// words, and run on demand.
/// </summary>
public sealed class LadderJobsPageTests
{
    [Fact]
    public async Task The_ladder_jobs_are_listed_with_their_configured_cron_and_an_admin_runs_the_reevaluation_now()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = await new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:LadderCron", "0 15 3 * * ?"))).StartQuietAsync();
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/jobs")).GetProperty("jobs").EnumerateArray()
            .Where(j => j.GetProperty("group").GetString() == JobNames.LadderGroup).ToList();
        listed.ToDictionary(j => j.GetProperty("name").GetString()!, j => j.GetProperty("schedule").GetString()).ShouldBe(new Dictionary<string, string?>
        {
            [JobNames.LadderReevaluationName] = "每天 03:15（北京时间）",
            [JobNames.HonourExpiryName] = "每天 02:00（北京时间）",
        }, ignoreOrder: true);
        // 03:15 in Beijing is 19:15 UTC the day before: the expression is read in China time, not the server's.
        var next = listed.Single(j => j.GetProperty("name").GetString() == JobNames.LadderReevaluationName).GetProperty("nextRunAt").GetDateTime();
        (next.Hour, next.Minute).ShouldBe((19, 15));

        (await admin.PostAsync($"/api/jobs/{JobNames.LadderGroup}/{JobNames.LadderReevaluationName}/run", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await admin.PostAsync($"/api/jobs/{JobNames.LadderGroup}/{JobNames.HonourExpiryName}/run", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database, JobNames.LadderGroup)).Count(r => r.Outcome == JobOutcome.Succeeded) == 2,
            JobsData.Patience, "both ladder jobs to succeed");

        var page = await (await app.BrowserAsAsync(AppRoles.Admin)).GetStringAsync("/Admin/Jobs");
        page.ShouldContain($"{JobNames.LadderGroup}/{JobNames.LadderReevaluationName}");
        page.ShouldContain($"{JobNames.LadderGroup}/{JobNames.HonourExpiryName}");
    }

    [Fact]
    public async Task The_deadline_jobs_for_notices_and_wage_agreements_are_scheduled_daily_and_run_on_demand()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = await new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:AgreementExpiryCron", "5 1 * * *"))).StartQuietAsync();
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var jobs = (await admin.GetFromJsonAsync<JsonElement>("/api/jobs")).GetProperty("jobs").EnumerateArray()
            .Where(j => j.GetProperty("group").GetString() == JobNames.DeadlinesGroup)
            .ToDictionary(j => j.GetProperty("name").GetString()!, j => j.GetProperty("schedule").GetString());
        jobs.ShouldBe(new Dictionary<string, string?>
        {
            [JobNames.NoticeEndName] = "每天 00:30（北京时间）",
            [JobNames.AgreementExpiryName] = "每天 01:05（北京时间）",
        }, ignoreOrder: true);

        foreach (var name in new[] { JobNames.NoticeEndName, JobNames.AgreementExpiryName })
            (await admin.PostAsync($"/api/jobs/{JobNames.DeadlinesGroup}/{name}/run", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database, JobNames.DeadlinesGroup)).Count(r => r.Outcome == JobOutcome.Succeeded) == 2,
            JobsData.Patience, "both deadline jobs to succeed");
    }
}
