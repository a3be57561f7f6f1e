using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>
/// What the current user is to one competition. Organizers (and admins) run every competition; a judge sees only the
/// competitions they sit on, and the chief judge of a competition settles, verifies and unlocks.
/// </summary>
public sealed record CompetitionOfficial(string UserName, bool IsOrganizer, CompetitionJudge? Seat)
{
    public bool IsJudge => Seat is not null;
    public bool IsChief => Seat?.IsChief == true;
    public bool MaySee => IsOrganizer || IsJudge;

    public void EnsureOrganizer()
    {
        if (!IsOrganizer) throw new ForbiddenException("只有竞赛组织者可以执行此操作。");
    }

    public void EnsureChief()
    {
        if (!IsChief) throw new ForbiddenException("只有本赛裁判长可以执行此操作。");
    }
}

public static class CompetitionAccess
{
    public static bool IsOrganizer(this ICurrentUser user) => user.IsAdmin() || user.IsInRole(AppRoles.Organizer);

    public static void EnsureOrganizer(this ICurrentUser user)
    {
        if (!user.IsOrganizer()) throw new ForbiddenException("只有竞赛组织者可以执行此操作。");
    }

    /// <summary>
    /// Resolves the user's standing in the competition; 404 when it does not exist, 403 when the user has none
    /// (a judge asking for a competition they do not sit on).
    /// </summary>
    public static async Task<CompetitionOfficial> OfficialAsync(this SkillsLadderDbContext db, ICurrentUser user, int competitionId, CancellationToken ct)
    {
        if (!await db.Competitions.AnyAsync(c => c.Id == competitionId, ct)) throw new NotFoundException("Competition", competitionId);
        var seat = user.UserId is { } userId && user.IsInRole(AppRoles.Judge)
            ? await db.CompetitionJudges.SingleOrDefaultAsync(j => j.CompetitionId == competitionId && j.UserId == userId, ct)
            : null;
        var official = new CompetitionOfficial(user.UserName ?? "?", user.IsOrganizer(), seat);
        if (!official.MaySee) throw new ForbiddenException("您不是本赛的组织者或裁判。");
        return official;
    }

    /// <summary>
    /// The entrants this official must not see until the results are published: those their judge seat is recused from
    /// (a conflict not cleared). Boards, lists, exports and the API leave them out; their pages and sheets answer 403.
    /// </summary>
    public static async Task<IReadOnlySet<int>> HiddenEntrantsAsync(this SkillsLadderDbContext db, CompetitionOfficial official, int competitionId, CancellationToken ct)
    {
        if (official.Seat is not { } seat) return new HashSet<int>();
        var status = await db.Competitions.Where(c => c.Id == competitionId).Select(c => c.Status).SingleAsync(ct);
        if (status >= CompetitionStatus.Published) return new HashSet<int>();
        return (await db.Conflicts.Where(c => c.CompetitionId == competitionId && c.JudgeId == seat.Id && c.Status != ConflictStatus.Cleared)
            .Select(c => c.EntrantId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>403 when the official is recused from the entrant and the results are not yet published.</summary>
    public static async Task EnsureMaySeeEntrantAsync(this SkillsLadderDbContext db, CompetitionOfficial official, int competitionId, int entrantId, CancellationToken ct)
    {
        if ((await db.HiddenEntrantsAsync(official, competitionId, ct)).Contains(entrantId))
            throw new ForbiddenException("您与该参赛者存在利益冲突，须回避，成绩发布前不能查看其信息。");
    }

    /// <summary>Loads the competition with its scheme for a change by an organizer.</summary>
    public static async Task<Competition> CompetitionForOrganizerAsync(this SkillsLadderDbContext db, ICurrentUser user, int competitionId, CancellationToken ct)
    {
        user.EnsureOrganizer();
        return await db.Competitions
                   .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects)
                   .AsSplitQuery()
                   .SingleOrDefaultAsync(c => c.Id == competitionId, ct)
               ?? throw new NotFoundException("Competition", competitionId);
    }
}
