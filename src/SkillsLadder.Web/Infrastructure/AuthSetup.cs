using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>Accounts, sign-in (cookie for pages, bearer token for the API), coarse role policies and sign-in rate limits.</summary>
public static class AuthSetup
{
    /// <summary>Reading the directory: admins, organizers, HR (handlers narrow enterprise HR to its enterprise).</summary>
    public const string DirectoryPolicy = "Directory";
    /// <summary>Changing people's records: admins and HR (handlers allow HR only its own enterprise).</summary>
    public const string DirectoryEditorPolicy = "DirectoryEditor";
    public const string AdminPolicy = "Admin";
    /// <summary>Competition officials: organizers run competitions, judges reach the ones they sit on (the handlers check which).</summary>
    public const string CompetitionPolicy = "Competition";
    public const string OrganizerPolicy = "Organizer";
    /// <summary>Honour review: admins and federation reviewers (HR reviewers without an enterprise); never enterprise HR.</summary>
    public const string ReviewPolicy = "Review";
    /// <summary>Wage bargaining: admins, union organisers and HR (handlers decide the side and narrow enterprise HR to its enterprise).</summary>
    public const string BargainingPolicy = "Bargaining";
    public const string SignInRateLimit = "sign-in";
    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddSkillsLadderAuth(this IServiceCollection services, IConfiguration configuration)
    {
        // Accounts themselves (password rules, lockout, stores) are registered by the application layer.
        new IdentityBuilder(typeof(AppUser), typeof(IdentityRole<int>), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie for pages, bearer token for API clients", o =>
                o.ForwardDefaultSelector = context => SessionGuard.IsBearer(context.Request) || IsApiWrite(context.Request)
                    ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "skillsladder.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Error/403";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync, // a changed password ends other sessions
                    OnRedirectToLogin = c => ApiStatusOrRedirect(c, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = c => ApiStatusOrRedirect(c, StatusCodes.Status403Forbidden),
                };
            })
            // Never used to sign in; registered because the stamp validator signs it out with the session it rejects.
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(1); // POST /api/auth/refresh renews both while the stamp holds
            });
        // Checked on every request, not every 30 minutes: a password change or reset ends the other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(DirectoryPolicy, p => p.RequireRole(AppRoles.Admin, AppRoles.Organizer, AppRoles.HrReviewer))
            .AddPolicy(DirectoryEditorPolicy, p => p.RequireRole(AppRoles.Admin, AppRoles.HrReviewer))
            .AddPolicy(AdminPolicy, p => p.RequireRole(AppRoles.Admin))
            .AddPolicy(CompetitionPolicy, p => p.RequireRole(AppRoles.Admin, AppRoles.Organizer, AppRoles.Judge))
            .AddPolicy(OrganizerPolicy, p => p.RequireRole(AppRoles.Admin, AppRoles.Organizer))
            .AddPolicy(ReviewPolicy, p => p.RequireAssertion(c => c.User.IsInRole(AppRoles.Admin) || c.User.IsInRole(AppRoles.HrReviewer) && !c.User.HasClaim(x => x.Type == HttpCurrentUser.EnterpriseIdClaim)))
            .AddPolicy(BargainingPolicy, p => p.RequireRole(AppRoles.Admin, AppRoles.Organizer, AppRoles.HrReviewer));

        var perMinute = configuration.GetValue("RateLimiting:SignInsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Only attempts count: loading the sign-in form is free, posting credentials is limited per client address,
            // counted in the database so that every node behind the balancer shares one count.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.Get(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    address => new SharedSignInLimiter(context.RequestServices.GetRequiredService<IServiceScopeFactory>(),
                        context.RequestServices.GetRequiredService<TimeProvider>(), address, perMinute, TimeSpan.FromMinutes(1)))
                : RateLimitPartition.GetNoLimiter("form"));
        });
        services.AddScoped<SignInAudit>();
        return services;
    }

    /// <summary>
    /// The sign-in cookie is sent by the browser on any request, also one another site makes it send; so the JSON API
    /// never takes it for a state-changing request (only its own bearer token). The pages' forms carry antiforgery tokens.
    /// </summary>
    private static bool IsApiWrite(HttpRequest request) => ErrorHandler.IsApi(request)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    /// <summary>API callers get a status (and ProblemDetails from the status-code pages), browsers a redirect.</summary>
    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorHandler.IsApi(context.Request)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
