using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Who does what with training. Admins, organizers and federation reviewers run programmes (set them up, keep the
/// roster, record results); everyone signed in sees the programmes. A worker enrols themself; enterprise HR enrols
/// and sees the workers of its own enterprise. A certificate is seen by its holder, their HR and the managers.
/// </summary>
public static class TrainingAccess
{
    public static bool IsTrainingManager(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.Organizer) || user.IsFederationReviewer();

    public static void EnsureTrainingManager(this ICurrentUser user)
    {
        if (!user.IsTrainingManager()) throw new ForbiddenException("只有管理员、竞赛组织者和总工会审核人员可以管理培训项目。");
    }

    /// <summary>May enrol, withdraw or see the enrolment of this worker (of this enterprise).</summary>
    public static bool MayActFor(this ICurrentUser user, int workerId, int enterpriseId) =>
        user.IsTrainingManager() || user.WorkerId == workerId || user.IsEnterpriseHr() && user.EnterpriseId == enterpriseId;

    /// <summary>Enrolments the reader may see: managers all, enterprise HR its enterprise's, a worker their own.</summary>
    public static IQueryable<TrainingEnrolment> VisibleTo(this IQueryable<TrainingEnrolment> query, ICurrentUser user, SkillsLadderDbContext db)
    {
        if (user.IsTrainingManager()) return query;
        var me = user.WorkerId ?? 0; // worker ids start at 1
        var scope = user.IsEnterpriseHr() ? user.EnterpriseId ?? 0 : 0;
        return query.Where(e => e.WorkerId == me || db.Workers.Any(w => w.Id == e.WorkerId && w.EnterpriseId == scope));
    }

    public static async Task<TrainingProgramme> ProgrammeAsync(this SkillsLadderDbContext db, int id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.TrainingProgrammes : db.TrainingProgrammes.AsNoTracking();
        return await query.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("培训项目", id);
    }

    /// <summary>The enrolment with its attendance and the worker's enterprise, for a command.</summary>
    public static async Task<(TrainingEnrolment Enrolment, int EnterpriseId)> EnrolmentAsync(this SkillsLadderDbContext db, int id, CancellationToken ct)
    {
        var enrolment = await db.TrainingEnrolments.Include(e => e.Attendance).SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("培训报名", id);
        var enterpriseId = await db.Workers.Where(w => w.Id == enrolment.WorkerId).Select(w => w.EnterpriseId).SingleAsync(ct);
        return (enrolment, enterpriseId);
    }

    public static string StatusZh(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Enrolled => "已报名",
        EnrolmentStatus.Withdrawn => "已退出",
        EnrolmentStatus.Completed => "已结业",
        EnrolmentStatus.Failed => "未通过",
        _ => status.ToString(),
    };

    public static string StatusZh(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Open => "报名中",
        ProgrammeStatus.Closed => "已截止报名",
        ProgrammeStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };
}
