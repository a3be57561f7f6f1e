using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// Who sees and runs which master–apprentice pair: the mentor and the apprentice see their own pairs and sign only
/// as themselves; an enterprise's HR sees and runs its enterprise's pairs and signs for the enterprise; federation
/// reviewers (HR reviewers tied to no enterprise) read every pair; admins do everything.
/// </summary>
internal static class MentoringAccess
{
    private static bool IsFederationReviewer(this ICurrentUser user) => user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is null;

    private static bool IsHrOf(this ICurrentUser user, int enterpriseId) =>
        user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId == enterpriseId;

    /// <summary>Creating, completing and terminating a pair, and signing for the enterprise.</summary>
    public static bool MayManagePairsOf(this ICurrentUser user, int enterpriseId) => user.IsAdmin() || user.IsHrOf(enterpriseId);

    public static bool MayRead(this ICurrentUser user, MentoringPair pair) =>
        user.IsAdmin() || user.IsFederationReviewer() || user.IsHrOf(pair.EnterpriseId) ||
        user.WorkerId is { } me && (me == pair.MentorWorkerId || me == pair.ApprenticeWorkerId);

    /// <summary>The pairs a reader may list; readers with no part in mentoring get none rather than a refusal.</summary>
    public static IQueryable<MentoringPair> VisibleTo(this IQueryable<MentoringPair> pairs, ICurrentUser user)
    {
        if (user.IsAdmin() || user.IsFederationReviewer()) return pairs;
        if (user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is { } enterprise) return pairs.Where(p => p.EnterpriseId == enterprise);
        if (user.WorkerId is { } me) return pairs.Where(p => p.MentorWorkerId == me || p.ApprenticeWorkerId == me);
        return pairs.Where(_ => false);
    }

    /// <summary>
    /// The party this user signs as. A worker signs only as themself (mentor or apprentice of this pair); the
    /// enterprise signs through its HR (or an admin). Anything else is refused, so nobody signs for another.
    /// </summary>
    public static void EnsureMaySignAs(this ICurrentUser user, MentoringPair pair, MentoringParty party)
    {
        var allowed = party switch
        {
            MentoringParty.Mentor => user.WorkerId == pair.MentorWorkerId,
            MentoringParty.Apprentice => user.WorkerId == pair.ApprenticeWorkerId,
            MentoringParty.Enterprise => user.MayManagePairsOf(pair.EnterpriseId),
            _ => false,
        };
        if (!allowed)
            throw new ForbiddenException(party == MentoringParty.Enterprise ? "只有本企业人力资源部门可以代表企业签字。" : "职工只能以本人身份签字。");
    }

    public static async Task<MentoringPair> PairAsync(this SkillsLadderDbContext db, int id, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.Include(p => p.Milestones).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("MentoringPair", id);
        return pair;
    }

    /// <summary>A worker's current level rank on the ladder (0 with no level), read from the directory.</summary>
    public static async Task<int> LevelRankAsync(this SkillsLadderDbContext db, int workerId, CancellationToken ct) =>
        await db.Workers.Where(w => w.Id == workerId).Select(w => (int?)w.CurrentSkillLevel!.Rank).SingleOrDefaultAsync(ct) ?? 0;
}

/// <summary>Chinese names for pages and messages (the English table translates them).</summary>
public static class MentoringText
{
    public static string Name(this MentoringParty party) => party switch
    {
        MentoringParty.Mentor => "师傅",
        MentoringParty.Apprentice => "徒弟",
        _ => "企业",
    };

    public static string Name(this MentoringStatus status) => status switch
    {
        MentoringStatus.Draft => "待签订",
        MentoringStatus.Active => "带徒中",
        MentoringStatus.Completed => "已出师",
        _ => "已终止",
    };
}
