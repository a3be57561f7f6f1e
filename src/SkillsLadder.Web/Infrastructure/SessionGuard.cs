using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// Runs after authentication. A bearer token is only as good as the account's security stamp it carries: a password
/// change or an admin reset renews the stamp, and every token issued before stops working at once (the cookie has
/// the same check through <see cref="SecurityStampValidator"/>). An account holding a one-time password reaches
/// nothing but the change-password form and endpoint until it has chosen its own.
/// </summary>
public static class SessionGuard
{
    public const string PasswordChangeRequiredCode = "password_change_required";
    private static readonly string[] OpenWhileChangeRequired =
        ["/api/auth/change-password", "/api/auth/me", "/api/auth/refresh", "/api/auth/token", "/Account/ChangePassword", "/Account/Logout", "/Account/Login", "/Culture", "/Error"];

    public static IApplicationBuilder UseSessionGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && IsBearer(context.Request))
        {
            var signIn = context.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.User) is null)
                context.User = new ClaimsPrincipal(new ClaimsIdentity()); // revoked: the endpoint's policy answers 401
        }
        if (context.User.HasClaim(c => c.Type == AppUser.MustChangePasswordClaim)
            && !OpenWhileChangeRequired.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            if (!ErrorHandler.IsApi(context.Request))
            {
                context.Response.Redirect("/Account/ChangePassword");
                return;
            }
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden, Type = "https://httpstatuses.io/403",
                    Title = text["请先修改密码"].Value, Detail = text["您正在使用一次性密码，请先修改密码（POST /api/auth/change-password）。"].Value,
                    Extensions = { ["code"] = PasswordChangeRequiredCode },
                },
            });
            return;
        }
        await next();
    });

    public static bool IsBearer(HttpRequest request) => request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal);
}
