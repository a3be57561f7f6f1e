using SkillsLadder.Application.Common;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// Who does what in online practice (网上练兵): admins, organizers and federation reviewers (HR reviewers without an
/// enterprise) keep the banks and rounds; every account with a worker record takes part; nobody else does.
/// </summary>
public static class PracticeAccess
{
    public static bool ManagesPractice(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.Organizer) || user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is null;

    public static void EnsurePracticeManager(this ICurrentUser user)
    {
        if (!user.ManagesPractice()) throw new ForbiddenException("只有管理员、竞赛组织者和总工会审核人可以维护题库和练兵轮次。");
    }

    /// <summary>The worker taking part; an account without a worker record (an organizer, a judge) cannot.</summary>
    public static int EnsureWorker(this ICurrentUser user) =>
        user.WorkerId ?? throw new ForbiddenException("只有职工账号可以参加网上练兵。");

    /// <summary>China time for messages: the rounds are set and read in local time.</summary>
    public static DateTime ChinaTime(DateTime utc) => utc.AddHours(8);
}
