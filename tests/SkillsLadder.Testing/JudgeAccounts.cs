using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Testing;

/// <summary>Sign-in accounts for slice tests, written straight to the Identity tables (no password needed).</summary>
public static class JudgeAccounts
{
    public static async Task<int> CreateAccountAsync(this TestApp app, string displayName, string role = AppRoles.Judge, int? enterpriseId = null)
    {
        return await app.QueryAsync(async db =>
        {
            var user = new AppUser
            {
                UserName = $"u{Guid.NewGuid():N}"[..12], DisplayName = displayName, EnterpriseId = enterpriseId,
                SecurityStamp = Guid.NewGuid().ToString(),
            };
            user.NormalizedUserName = user.UserName.ToUpperInvariant();
            db.Users.Add(user);
            await db.SaveChangesAsync();
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roleId });
            await db.SaveChangesAsync();
            return user.Id;
        });
    }
}
