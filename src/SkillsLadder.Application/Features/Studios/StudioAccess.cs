using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>
/// Studios are named and reviewed by the federation (admins and HR reviewers tied to no enterprise); the studio's own
/// enterprise HR keeps its roll and projects up to date. Everyone signed in may read studios: they are public honours.
/// </summary>
internal static class StudioAccess
{
    public static bool MayRunStudios(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is null;

    public static bool MayKeepRecordsOf(this ICurrentUser user, InnovationStudio studio) =>
        user.MayRunStudios() || user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId == studio.EnterpriseId;

    public static void EnsureMayRunStudios(this ICurrentUser user)
    {
        if (!user.MayRunStudios()) throw new ForbiddenException("只有工会（联合会）可以命名和考核工作室。");
    }

    public static void EnsureMayKeepRecordsOf(this ICurrentUser user, InnovationStudio studio)
    {
        if (!user.MayKeepRecordsOf(studio)) throw new ForbiddenException("只有工作室所在企业的人力资源部门可以维护成员和项目。");
    }

    public static async Task<InnovationStudio> StudioAsync(this SkillsLadderDbContext db, int id, CancellationToken ct) =>
        await db.InnovationStudios.Include(s => s.Members).Include(s => s.Projects).Include(s => s.Reviews)
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct)
        ?? throw new NotFoundException("InnovationStudio", id);

    /// <summary>A worker of the studio's enterprise (leads and members come from the enterprise that hosts it).</summary>
    public static async Task EnsureWorkerOfAsync(this SkillsLadderDbContext db, int workerId, int enterpriseId, string field, CancellationToken ct)
    {
        var worker = await db.Workers.Where(w => w.Id == workerId).Select(w => (int?)w.EnterpriseId).SingleOrDefaultAsync(ct)
            ?? throw RequestValidationException.For(field, "所选职工不存在。");
        if (worker != enterpriseId) throw RequestValidationException.For(field, "该职工不在工作室所在企业。");
    }
}

/// <summary>Chinese names for pages and messages (the English table translates them).</summary>
public static class StudioText
{
    public static string Name(this StudioKind kind) => kind == StudioKind.SkillMaster ? "技能大师工作室" : "劳模工匠创新工作室";

    public static string Name(this StudioReviewGrade grade) => grade switch
    {
        StudioReviewGrade.Excellent => "优秀",
        StudioReviewGrade.Good => "良好",
        StudioReviewGrade.Pass => "合格",
        _ => "不合格",
    };
}
