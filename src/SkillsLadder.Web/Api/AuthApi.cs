using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SkillsLadder.Application.Common;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>Token sign-in for API clients (Identity's bearer tokens) and "who am I".</summary>
public static class AuthApi
{
    public sealed record TokenRequest(string? UserName, string? Password);

    public sealed record Me(string UserName, string DisplayName, IReadOnlyList<string> Roles, int? WorkerId, int? EnterpriseId);

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");

        group.MapPost("/token", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (TokenRequest request, SignInManager<AppUser> signIn, SignInAudit audit) =>
        {
            if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password)
                || request.UserName.Length > 256 || request.Password.Length > 256)
                return TypedResults.Problem(title: "输入有误", detail: "请填写用户名和密码。", statusCode: StatusCodes.Status400BadRequest);
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
            await audit.RecordAsync(result.Succeeded ? "SignedIn" : result.IsLockedOut ? "LockedOut" : "SignInFailed", request.UserName.Trim());
            if (result.Succeeded) return TypedResults.Empty; // the sign-in has written the token response
            // A locked account gets the wrong-password answer: a different one would tell that the account exists.
            return TypedResults.Problem(title: "无法登录", statusCode: StatusCodes.Status401Unauthorized, detail: "用户名或密码不正确。");
        }).AllowAnonymous().RequireRateLimiting(AuthSetup.SignInRateLimit).WithName("CreateToken");

        group.MapPost("/refresh", AuthTokens.RefreshAsync).AllowAnonymous().RequireRateLimiting(AuthSetup.SignInRateLimit).WithName("RefreshToken");
        group.MapPost("/change-password", AuthTokens.ChangePasswordAsync).WithName("ChangePassword").ProducesValidationProblem();

        group.MapGet("/me", (ICurrentUser user, HttpContext context) => TypedResults.Ok(new Me(
            user.UserName!, ((HttpCurrentUser)user).DisplayName!,
            AppRoles.All.Where(user.IsInRole).ToList(), user.WorkerId, user.EnterpriseId)))
            .WithName("GetCurrentUser");
        return api;
    }
}
