using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Common;

/// <summary>
/// Who may see and change which part of the directory. Handlers call these after loading the resource,
/// so a hidden link is never the only guard:
/// admins — everything; organizers and federation HR reviewers — read everything (ID numbers masked);
/// enterprise HR (a reviewer tied to an enterprise) — read and edit only their enterprise;
/// workers — only their own record; judges — no directory.
/// </summary>
public static class DirectoryAccess
{
    public static bool CanBrowseDirectory(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.Organizer) || user.IsInRole(AppRoles.HrReviewer);

    /// <summary>The one enterprise a reader is confined to, or null for the whole city.</summary>
    public static int? EnterpriseScope(this ICurrentUser user) =>
        !user.IsAdmin() && user.IsInRole(AppRoles.HrReviewer) ? user.EnterpriseId : null;

    public static void EnsureCanBrowseDirectory(this ICurrentUser user)
    {
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您无权浏览名录。");
    }

    public static void EnsureCanReadEnterprise(this ICurrentUser user, int enterpriseId)
    {
        user.EnsureCanBrowseDirectory();
        if (user.EnterpriseScope() is { } scope && scope != enterpriseId) throw new ForbiddenException("您只能查看本企业的信息。");
    }

    public static void EnsureCanReadWorker(this ICurrentUser user, int workerId, int enterpriseId)
    {
        if (user.WorkerId == workerId) return;
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您只能查看本人的档案。");
        user.EnsureCanReadEnterprise(enterpriseId);
    }

    /// <summary>Creating an enterprise (null) is an admin's act; its own HR may correct its details.</summary>
    public static bool CanEditEnterprise(this ICurrentUser user, int? enterpriseId) =>
        user.IsAdmin() || enterpriseId is not null && user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId == enterpriseId;

    /// <summary>Workers are registered and edited by admins or by their own enterprise's HR (null: any enterprise of theirs).</summary>
    public static bool CanEditWorkersOf(this ICurrentUser user, int? enterpriseId) =>
        user.IsAdmin() || user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is not null && (enterpriseId is null || user.EnterpriseId == enterpriseId);

    public static void EnsureCanEditEnterprise(this ICurrentUser user, int? enterpriseId)
    {
        if (!user.CanEditEnterprise(enterpriseId)) throw new ForbiddenException("您无权修改该企业的信息。");
    }

    public static void EnsureCanEditWorkersOf(this ICurrentUser user, int enterpriseId)
    {
        if (!user.CanEditWorkersOf(enterpriseId)) throw new ForbiddenException("您只能管理本企业的职工。");
    }
}
