using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Common;

/// <summary>Who is asking; handlers check access to a resource through this, never only the pages.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserName { get; }
    /// <summary>The account's id (AppUser.Id); competitions know their judges by it.</summary>
    int? UserId { get; }
    /// <summary>The worker record this account belongs to, if any.</summary>
    int? WorkerId { get; }
    /// <summary>The enterprise whose HR this account is, if any.</summary>
    int? EnterpriseId { get; }
    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    public static bool IsAdmin(this ICurrentUser user) => user.IsInRole(AppRoles.Admin);

    /// <summary>National ID numbers are shown whole only to their owner and to admins.</summary>
    public static bool MaySeeIdNumberOf(this ICurrentUser user, int workerId) =>
        user.IsAdmin() || user.WorkerId == workerId;
}
