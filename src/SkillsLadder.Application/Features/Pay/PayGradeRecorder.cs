using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>
/// Keeps each worker's dated pay-grade history in step with the agreement in force and their post class, level and
/// tier. Called when an agreement takes effect (everyone it covers) and after a level or tier change lands (that
/// worker, from the date the agreement's pay rule gives). The caller owns the transaction and saves.
/// </summary>
public static class PayGradeRecorder
{
    /// <summary>Workers an agreement covers: its enterprise's, or those of its industry's enterprises in its district.</summary>
    public static IQueryable<Domain.People.Worker> CoveredBy(this SkillsLadderDbContext db, WageAgreement agreement) =>
        agreement.Scope == AgreementScope.Enterprise
            ? db.Workers.Where(w => w.EnterpriseId == agreement.EnterpriseId)
            : db.Workers.Where(w => w.Enterprise!.IndustryId == agreement.IndustryId && w.Enterprise.District == agreement.District);

    /// <summary>Records the grade of every covered worker from the agreement's start; returns how many got one.</summary>
    public static async Task<int> ApplyAgreementAsync(this SkillsLadderDbContext db, WageAgreement agreement, CancellationToken ct)
    {
        var grid = await GridOfAsync(db, agreement, ct);
        var defaultClass = await DefaultPostClassAsync(db, ct);
        var workforce = await db.Workforce(db.CoveredBy(agreement), defaultClass).ToListAsync(ct);
        var recorded = 0;
        foreach (var member in workforce)
        {
            if (grid.MonthlyPay(member.PostClassId, member.LevelRank, member.Tier) is not { } pay) continue;
            db.PayGradeChanges.Add(new PayGradeChange(member.WorkerId, agreement.Id, new PayGradeFacts(member.PostClassId, member.LevelRank, member.Tier),
                pay, agreement.EffectiveFrom!.Value, "工资协议生效"));
            recorded++;
        }
        return recorded;
    }

    /// <summary>
    /// After a change on <paramref name="changedOn"/>, appends a new grade for each worker whose post class, level or tier
    /// now selects a different cell under the agreement in force, effective from the date the agreement's rule gives.
    /// </summary>
    public static async Task<int> FollowChangesAsync(this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, DateOnly changedOn,
        string reason, CancellationToken ct)
    {
        if (workerIds.Count == 0) return 0;
        var defaultClass = await DefaultPostClassAsync(db, ct);
        var workforce = await db.Workforce(db.Workers.Where(w => workerIds.Contains(w.Id)), defaultClass).ToListAsync(ct);
        var agreements = await db.WageAgreements.AsNoTracking().Where(a => a.Status == AgreementStatus.Effective).ToListAsync(ct);
        var enterprises = await db.Workers.Where(w => workerIds.Contains(w.Id))
            .Select(w => new { w.Id, w.EnterpriseId, w.Enterprise!.IndustryId, w.Enterprise.District }).ToDictionaryAsync(w => w.Id, ct);
        var latest = (await db.PayGradeChanges.AsNoTracking().Where(c => workerIds.Contains(c.WorkerId))
                .Select(c => new { c.Id, c.WorkerId, c.AgreementId, c.EffectiveFrom, c.PostClassId, c.LevelRank, c.Tier, c.MonthlyFen }).ToListAsync(ct))
            .GroupBy(c => (c.WorkerId, c.AgreementId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Id).First());
        var grids = new Dictionary<int, PayGrid>();
        var changed = 0;
        foreach (var member in workforce)
        {
            var at = enterprises[member.WorkerId];
            var agreement = agreements.Where(a => a.EnterpriseId == at.EnterpriseId
                    || a.Scope == AgreementScope.IndustryInDistrict && a.IndustryId == at.IndustryId && a.District == at.District)
                .OrderBy(a => a.Scope).FirstOrDefault(a => a.IsInForceOn(PayGrades.EffectiveFrom(changedOn, a.PayRule, a.EffectiveFrom!.Value)));
            if (agreement is null) continue;
            if (!grids.TryGetValue(agreement.Id, out var grid)) grids[agreement.Id] = grid = await GridOfAsync(db, agreement, ct);
            var grade = new PayGradeFacts(member.PostClassId, member.LevelRank, member.Tier);
            if (grid.MonthlyPay(grade.PostClassId, grade.LevelRank, grade.Tier) is not { } pay) continue;
            if (latest.TryGetValue((member.WorkerId, agreement.Id), out var last) && last.PostClassId == grade.PostClassId
                && last.LevelRank == grade.LevelRank && last.Tier == grade.Tier && last.MonthlyFen == pay) continue;
            var from = PayGrades.EffectiveFrom(changedOn, agreement.PayRule, agreement.EffectiveFrom!.Value);
            db.PayGradeChanges.Add(new PayGradeChange(member.WorkerId, agreement.Id, grade, pay, from, reason));
            changed++;
        }
        return changed;
    }

    /// <summary>The workforce as the simulator and the recorder see it; workers without a level are left out (no grid row).</summary>
    public static IQueryable<WorkforceMember> Workforce(this SkillsLadderDbContext db, IQueryable<Domain.People.Worker> workers, int defaultPostClassId) =>
        workers.Where(w => w.CurrentSkillLevelId != null)
            .Select(w => new WorkforceMember(w.Id, w.PostClassId ?? defaultPostClassId, w.CurrentSkillLevel!.Rank, w.Tier));

    /// <summary>Workers not yet classified are paid as the lowest post class (基础岗位 by default): the floor that always applies.</summary>
    public static async Task<int> DefaultPostClassAsync(SkillsLadderDbContext db, CancellationToken ct) =>
        await db.PostClasses.OrderBy(c => c.Order).Select(c => c.Id).FirstAsync(ct);

    private static async Task<PayGrid> GridOfAsync(SkillsLadderDbContext db, WageAgreement agreement, CancellationToken ct) =>
        await db.PayGrids.AsNoTracking().Include(g => g.Cells).SingleAsync(g => g.Id == agreement.DraftGridId, ct);
}
