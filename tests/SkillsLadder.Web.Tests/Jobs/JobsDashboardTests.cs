using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>Hangfire's dashboard answers admins only, behind the app's own sign-in, and its actions need the antiforgery token.</summary>
public sealed partial class JobsDashboardTests
{
    private const string Dashboard = "/admin/hangfire";

    [Fact]
    public async Task Only_admins_reach_the_dashboard_and_its_actions_refuse_a_post_without_the_antiforgery_token()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // The job the dashboard triggers must not run by itself meanwhile: agreement expiry only on 29 February.
        await using var app = await new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:AgreementExpiryCron", "0 0 29 2 *"))).StartQuietAsync();

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync($"{Dashboard}/recurring");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/Login");
        foreach (var role in new[] { AppRoles.Organizer, AppRoles.Judge, AppRoles.HrReviewer, AppRoles.Worker })
            (await (await app.BrowserAsAsync(role)).GetAsync($"{Dashboard}/recurring")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        (await (await app.ClientAsAsync(AppRoles.Organizer)).GetAsync($"{Dashboard}/recurring")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        var page = await admin.GetStringAsync($"{Dashboard}/recurring");
        page.ShouldContain(JobNames.MaintenanceGroup + "/" + JobNames.SweepName);
        page.ShouldContain(JobNames.LadderGroup + "/" + JobNames.LadderReevaluationName);

        // "Trigger now" on a recurring job: without the page's token the dashboard refuses and nothing runs.
        var trigger = new Dictionary<string, string> { ["jobs[]"] = JobNames.DeadlinesGroup + "/" + JobNames.AgreementExpiryName };
        (await admin.PostAsync($"{Dashboard}/recurring/trigger", new FormUrlEncodedContent(trigger))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);
        (await organizer.PostAsync($"{Dashboard}/recurring/trigger", new FormUrlEncodedContent(trigger))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await JobsData.RunsAsync(database, JobNames.DeadlinesGroup)).ShouldBeEmpty();

        // With it, as the dashboard's own script sends it, the job runs.
        var header = CsrfHeader().Match(page).Groups[1].Value;
        var token = CsrfToken().Match(page).Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Dashboard}/recurring/trigger") { Content = new FormUrlEncodedContent(trigger) };
        request.Headers.Add(header, token);
        (await admin.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database, JobNames.DeadlinesGroup)).Any(r => r.Outcome == JobOutcome.Succeeded),
            JobsData.Patience, "the job triggered from the dashboard");
    }

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
