using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>The grid a new agreement is measured against: that of the agreement in force today for the same scope.</summary>
public static class CurrentGrids
{
    public static async Task<(string Title, PayGrid Grid)?> InForceAsync(SkillsLadderDbContext db, WageAgreement agreement, DateOnly today, CancellationToken ct)
    {
        var inForce = await db.WageAgreements.AsNoTracking()
            .Where(a => a.Id != agreement.Id && a.Status == AgreementStatus.Effective && a.Scope == agreement.Scope
                && a.EnterpriseId == agreement.EnterpriseId && a.IndustryId == agreement.IndustryId && a.District == agreement.District
                && a.EffectiveFrom <= today && a.ExpiresOn >= today)
            .OrderByDescending(a => a.EffectiveFrom).FirstOrDefaultAsync(ct);
        if (inForce?.DraftGridId is not { } gridId) return null;
        var grid = await db.PayGrids.AsNoTracking().Include(g => g.Cells).SingleAsync(g => g.Id == gridId, ct);
        return (inForce.Title, grid);
    }
}
