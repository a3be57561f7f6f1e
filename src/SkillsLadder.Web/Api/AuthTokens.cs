using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Renewing a bearer token with its refresh token, and changing one's password from an API client. Both answer
/// with a fresh token pair. A refresh token is refused once the account's security stamp has changed (password
/// changed or reset), so a stolen pair dies with the password.
/// </summary>
public static class AuthTokens
{
    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> RefreshAsync(RefreshRequest request, SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        // No token at all is a malformed request (400); a token that does not hold is a refused sign-in (401).
        if (string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 8192)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["refreshToken"] = [text["请提供刷新令牌。"].Value] });
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            return TypedResults.Problem(title: text["无法登录"].Value, detail: text["刷新令牌无效或已过期，请重新登录。"].Value, statusCode: StatusCodes.Status401Unauthorized);
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> ChangePasswordAsync(ChangePasswordRequest request, HttpContext context,
        UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInAudit audit, IStringLocalizer<SharedResource> text)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(request.CurrentPassword) || request.CurrentPassword.Length > 256) errors["currentPassword"] = [text["请填写当前密码。"].Value];
        if (string.IsNullOrEmpty(request.NewPassword) || request.NewPassword.Length > 256) errors["newPassword"] = [text["请填写新密码。"].Value];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var user = await users.GetUserAsync(context.User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded)
            return TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => text[e.Description].Value).ToArray()));
        await PasswordChanged.ClearOneTimeAsync(users, user);
        await audit.RecordAsync("PasswordChanged", user.UserName!, user.Id);
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false); // the old token died with the stamp: here is a new pair
        return TypedResults.Empty;
    }
}

/// <summary>What every password change does besides the hash: the one-time mark goes.</summary>
public static class PasswordChanged
{
    public static async Task ClearOneTimeAsync(UserManager<AppUser> users, AppUser user)
    {
        var marks = (await users.GetClaimsAsync(user)).Where(c => c.Type == AppUser.MustChangePasswordClaim).ToList();
        if (marks.Count > 0) await users.RemoveClaimsAsync(user, marks);
    }
}
