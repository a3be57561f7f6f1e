using SkillsLadder.Application.Common;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// The ladder policy is read by those who keep the directory (admins, organizers, HR reviewers) and changed by admins
/// only. A worker's progress is read exactly like the worker's record (<see cref="DirectoryAccess.EnsureCanReadWorker"/>).
/// </summary>
public static class LadderAccess
{
    public static void EnsureCanReadPolicy(this ICurrentUser user)
    {
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您无权查看晋级规则。");
    }

    public static void EnsureCanChangePolicy(this ICurrentUser user)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以修改晋级规则。");
    }
}
