using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>Adds the worker and enterprise an account stands for, which the handlers' resource checks read.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HttpCurrentUser.DisplayNameClaim, string.IsNullOrEmpty(user.DisplayName) ? user.UserName! : user.DisplayName));
        if (user.WorkerId is { } workerId) identity.AddClaim(new Claim(HttpCurrentUser.WorkerIdClaim, workerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.EnterpriseId is { } enterpriseId) identity.AddClaim(new Claim(HttpCurrentUser.EnterpriseIdClaim, enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
