using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Who does what with honours: admins keep the catalogue and the calendar; federation reviewers (HR reviewers not tied
/// to an enterprise) and admins review, decide objections and confer; enterprise HR nominates only its own workers and
/// sees only their nominations; organizers propose from results and labour campaigns. Workers and judges take no part in review.
/// </summary>
public static class HonoursAccess
{
    public static bool IsFederationReviewer(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is null;

    public static bool IsEnterpriseHr(this ICurrentUser user) =>
        !user.IsAdmin() && user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is not null;

    public static void EnsureFederationReviewer(this ICurrentUser user)
    {
        if (!user.IsFederationReviewer()) throw new ForbiddenException("只有总工会审核人员或管理员可以审核推荐。");
    }

    public static void EnsureCatalogueReader(this ICurrentUser user)
    {
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您无权查看荣誉目录。");
    }

    /// <summary>Reviewers see every nomination, enterprise HR only its own workers', organizers those from results.</summary>
    public static IQueryable<Nomination> VisibleTo(this IQueryable<Nomination> query, ICurrentUser user, SkillsLadderDbContext db)
    {
        if (user.IsFederationReviewer()) return query;
        if (user.IsEnterpriseHr())
        {
            var scope = user.EnterpriseId;
            return query.Where(n => db.Workers.Any(w => w.Id == n.WorkerId && w.EnterpriseId == scope));
        }
        // Organizers propose from competition results and labour campaigns, and follow those proposals through review.
        if (user.IsInRole(AppRoles.Organizer))
            return query.Where(n => n.Source == NominationSource.CompetitionResult || n.Source == NominationSource.LabourCampaign);
        throw new ForbiddenException("您无权查看推荐。");
    }

    /// <summary>The account's id is the signature's key (a reviewer is matched by it); the display name is what people read.</summary>
    public static async Task<Signature> SignatureAsync(this SkillsLadderDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var id = user.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? user.UserName ?? "system";
        var name = user.UserId is { } userId
            ? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
            : null;
        return new Signature(id, string.IsNullOrWhiteSpace(name) ? user.UserName ?? "system" : name);
    }

    public static async Task<Nomination> NominationAsync(this SkillsLadderDbContext db, int id, CancellationToken ct) =>
        await db.Nominations.Include(n => n.Steps).Include(n => n.Objections).SingleOrDefaultAsync(n => n.Id == id, ct)
        ?? throw new NotFoundException("Nomination", id);
}
