using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// Who takes part in wage bargaining. Union side (职工方): admins, union organisers and federation HR reviewers (no
/// enterprise), who negotiate or assist for the union. Employer side (企业方): the HR of the agreement's own enterprise,
/// and admins (the only employer voice for an industry-wide agreement, which has no enterprise account). Enterprise
/// HR sees only its own enterprise's agreements; workers and judges see none (their pay grade is on their own record).
/// </summary>
public static class BargainingAccess
{
    public static bool CanSeeBargaining(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.Organizer) || user.IsInRole(AppRoles.HrReviewer);

    public static bool IsUnionSide(this ICurrentUser user) =>
        user.IsAdmin() || user.IsInRole(AppRoles.Organizer) || user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId is null;

    /// <summary>Enterprise HR: a reviewer tied to an enterprise, confined to it.</summary>
    public static int? BargainingEnterpriseScope(this ICurrentUser user) =>
        !user.IsAdmin() && user.IsInRole(AppRoles.HrReviewer) ? user.EnterpriseId : null;

    public static bool IsEmployerSideOf(this ICurrentUser user, int? enterpriseId) =>
        user.IsAdmin() || enterpriseId is not null && user.IsInRole(AppRoles.HrReviewer) && user.EnterpriseId == enterpriseId;

    public static bool Acts(this ICurrentUser user, BargainingSide side, int? enterpriseId) =>
        side == BargainingSide.Union ? user.IsUnionSide() : user.IsEmployerSideOf(enterpriseId);

    public static void EnsureCanSeeBargaining(this ICurrentUser user)
    {
        if (!user.CanSeeBargaining()) throw new ForbiddenException("您无权查看工资集体协商。");
    }

    public static void EnsureActs(this ICurrentUser user, BargainingSide side, int? enterpriseId)
    {
        if (!user.Acts(side, enterpriseId))
            throw new ForbiddenException(side == BargainingSide.Union ? "只有职工方（工会）可以执行此操作。" : "只有本企业的企业方（人力资源）可以执行此操作。");
    }

    /// <summary>Joint acts (rounds, draft, signing, taking effect) are recorded by either party.</summary>
    public static void EnsureParty(this ICurrentUser user, WageAgreement agreement)
    {
        if (!user.IsUnionSide() && !user.IsEmployerSideOf(agreement.EnterpriseId))
            throw new ForbiddenException("只有协商双方可以执行此操作。");
    }

    /// <summary>Loads the whole agreement (parties, rounds with their grids, votes, draft grid) if this user may see it.</summary>
    public static async Task<WageAgreement> AgreementAsync(this SkillsLadderDbContext db, ICurrentUser user, int id, CancellationToken ct,
        bool tracking = true)
    {
        user.EnsureCanSeeBargaining();
        var query = db.WageAgreements.Include(a => a.Representatives).Include(a => a.Votes)
            .Include(a => a.DraftGrid!).ThenInclude(g => g.Cells)
            .Include(a => a.Rounds).ThenInclude(r => r.Proposals).ThenInclude(p => p.Grid).ThenInclude(g => g.Cells)
            .AsSplitQuery();
        var agreement = await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("WageAgreement", id);
        if (user.BargainingEnterpriseScope() is { } scope && agreement.EnterpriseId != scope)
            throw new ForbiddenException("您只能查看本企业的工资协议。");
        return agreement;
    }

    /// <summary>A stale form is refused (409) rather than overwriting what the other party just recorded.</summary>
    public static void ExpectVersion(this SkillsLadderDbContext db, WageAgreement agreement, int? version)
    {
        if (version is { } expected) db.Entry(agreement).Property(a => a.Version).OriginalValue = expected;
    }
}

public static class BargainingErrors
{
    /// <summary>An entity guard about an amount the form names differently (fen vs the yuan text) shows beside that input.</summary>
    public static T OnField<T>(string field, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Domain.Common.DomainException ex) when (ex.Field is not null)
        {
            throw RequestValidationException.For(field, ex.Message);
        }
    }
}
