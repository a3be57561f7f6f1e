using SkillsLadder.Application.Common;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>
/// Who may read an agreement's figures: admins, union organisers and federation reviewers everywhere; an enterprise's
/// HR only its own enterprise's agreement (the employer side sits at that table); workers and judges never.
/// </summary>
public static class PayAccess
{
    public static void EnsureCanReadAgreement(this ICurrentUser user, WageAgreement agreement)
    {
        if (user.IsAdmin() || user.IsInRole(AppRoles.Organizer)) return;
        if (user.IsInRole(AppRoles.HrReviewer) && (user.EnterpriseId is null || user.EnterpriseId == agreement.EnterpriseId)) return;
        throw new ForbiddenException("您无权查看该工资协议。");
    }
}
