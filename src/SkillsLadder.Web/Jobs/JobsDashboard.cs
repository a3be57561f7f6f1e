using Hangfire;
using Hangfire.Dashboard;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire behind the app's own sign-in: the admin policy on the endpoint (anonymous
/// readers are sent to sign in, other roles get 403), and the same check again as a dashboard filter in case the
/// endpoint's policy is ever lost. Its buttons post with the app's antiforgery token, which Hangfire validates.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/hangfire";

    public static void MapJobsDashboard(this WebApplication app)
    {
        if (app.Services.GetService<JobStorage>() is null) return; // Jobs:Enabled=false: no engine, no dashboard
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            AppPath = "/Admin/Jobs",
            DashboardTitle = "SkillsLadder 后台任务",
            DisplayStorageConnectionString = false,
            Authorization = [new AdminsOnly()],
        }).RequireAuthorization(AuthSetup.AdminPolicy);
    }

    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AppRoles.Admin);
    }
}
