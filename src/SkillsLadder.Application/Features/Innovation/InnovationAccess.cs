using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// Who does what with innovation entries. A worker submits for themself and sees the entries they are an author of;
/// enterprise HR submits for, sees and assesses its own enterprise's; federation reviewers and admins see and assess
/// all. Organizers see the entries raised in labour campaigns (they count towards the teams' innovation indicator)
/// but assess none. An author never assesses an entry of their own, whatever their role (conflict of interest).
/// </summary>
public static class InnovationAccess
{
    public static bool MaySubmitFor(this ICurrentUser user, int workerId, int enterpriseId) =>
        user.IsAdmin() || user.WorkerId == workerId || user.IsEnterpriseHr() && user.EnterpriseId == enterpriseId;

    /// <summary>May assess entries of this enterprise, before the conflict-of-interest check on the authors.</summary>
    public static bool MayAssessFor(this ICurrentUser user, int enterpriseId) =>
        user.IsFederationReviewer() || user.IsEnterpriseHr() && user.EnterpriseId == enterpriseId;

    /// <summary>Those who submit or assess for someone else, and so need a worker chosen on the form.</summary>
    public static bool SubmitsForOthers(this ICurrentUser user) => user.IsAdmin() || user.IsEnterpriseHr();

    public static IQueryable<InnovationEntry> VisibleTo(this IQueryable<InnovationEntry> query, ICurrentUser user)
    {
        if (user.IsFederationReviewer()) return query;
        var me = user.WorkerId ?? 0; // worker ids start at 1: 0 matches no author
        var hrScope = user.IsEnterpriseHr() ? user.EnterpriseId ?? 0 : 0;
        var organizer = user.IsInRole(AppRoles.Organizer);
        return query.Where(e => e.Authors.Any(a => a.WorkerId == me) || e.EnterpriseId == hrScope || organizer && e.CampaignId != null);
    }

    public static bool MayRead(this ICurrentUser user, InnovationEntry entry) =>
        user.IsFederationReviewer() || entry.Authors.Any(a => a.WorkerId == user.WorkerId)
        || user.IsEnterpriseHr() && user.EnterpriseId == entry.EnterpriseId
        || user.IsInRole(AppRoles.Organizer) && entry.CampaignId is not null;

    public static bool IsAuthorOf(this ICurrentUser user, InnovationEntry entry) =>
        user.WorkerId is { } me && entry.Authors.Any(a => a.WorkerId == me);

    /// <summary>The entry with its authors, for a command (tracked) or a read (untracked); 404 when there is none.</summary>
    public static async Task<InnovationEntry> InnovationAsync(this SkillsLadderDbContext db, int id, bool tracked, CancellationToken ct)
    {
        var query = db.InnovationEntries.Include(e => e.Authors).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        return await query.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("创新成果", id);
    }
}
