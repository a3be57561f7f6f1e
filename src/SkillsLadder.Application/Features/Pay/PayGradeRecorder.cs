using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ladder;
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
        var workforce = await db.WorkforceAsync(db.CoveredBy(agreement), defaultClass, ct);
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
    /// The positions are the workers as they now stand (tiers just recorded included); one query reads their latest grades.
    /// </summary>
    public static async Task<int> FollowChangesAsync(this SkillsLadderDbContext db, IReadOnlyCollection<PayPosition> workers, DateOnly changedOn,
        string reason, PayInForce pay, CancellationToken ct)
    {
        if (!pay.Any) return 0;
        var covered = workers.Where(w => w.LevelId is not null).Select(w => (Member: w, Agreement: pay.For(w, changedOn)))
            .Where(x => x.Agreement is not null).ToList();
        if (covered.Count == 0) return 0;
        var ids = covered.Select(x => x.Member.WorkerId).ToHashSet();
        var latest = (await db.PayGradeChanges.AsNoTracking().WhereWorkerIn(c => c.WorkerId, ids)
                .Select(c => new { c.Id, c.WorkerId, c.AgreementId, c.EffectiveFrom, c.PostClassId, c.LevelRank, c.Tier, c.MonthlyFen }).ToListAsync(ct))
            .Where(c => ids.Contains(c.WorkerId)).GroupBy(c => (c.WorkerId, c.AgreementId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Id).First());
        var changed = 0;
        foreach (var (member, agreement) in covered)
        {
            var grid = await pay.GridOfAsync(agreement!, ct);
            var grade = new PayGradeFacts(member.PostClassId ?? pay.DefaultPostClassId, pay.RankOfLevel[member.LevelId!.Value], member.Tier);
            if (grid.MonthlyPay(grade.PostClassId, grade.LevelRank, grade.Tier) is not { } monthly) continue;
            if (latest.TryGetValue((member.WorkerId, agreement!.Id), out var last) && last.PostClassId == grade.PostClassId
                && last.LevelRank == grade.LevelRank && last.Tier == grade.Tier && last.MonthlyFen == monthly) continue;
            var from = PayGrades.EffectiveFrom(changedOn, agreement.PayRule, agreement.EffectiveFrom!.Value);
            db.PayGradeChanges.Add(new PayGradeChange(member.WorkerId, agreement.Id, grade, monthly, from, reason));
            changed++;
        }
        return changed;
    }

    /// <summary>
    /// The workforce as the simulator and the recorder see it; workers without a level are left out (no grid row).
    /// Reads four plain columns and maps level ids to ranks in memory: the join to the levels cost more than the read
    /// itself at 50,000 workers (tools/SkillsLadder.PayBench).
    /// </summary>
    public static async Task<List<WorkforceMember>> WorkforceAsync(this SkillsLadderDbContext db, IQueryable<Domain.People.Worker> workers,
        int defaultPostClassId, CancellationToken ct)
    {
        var ranks = await db.SkillLevels.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Rank, ct);
        var rows = await workers.AsNoTracking().Where(w => w.CurrentSkillLevelId != null)
            .Select(w => new { w.Id, w.PostClassId, w.CurrentSkillLevelId, w.Tier }).ToListAsync(ct);
        return rows.Select(w => new WorkforceMember(w.Id, w.PostClassId ?? defaultPostClassId, ranks[w.CurrentSkillLevelId!.Value], w.Tier)).ToList();
    }

    /// <summary>Workers not yet classified are paid as the lowest post class (基础岗位 by default): the floor that always applies.</summary>
    public static async Task<int> DefaultPostClassAsync(SkillsLadderDbContext db, CancellationToken ct) =>
        await db.PostClasses.OrderBy(c => c.Order).Select(c => c.Id).FirstAsync(ct);

    private static async Task<PayGrid> GridOfAsync(SkillsLadderDbContext db, WageAgreement agreement, CancellationToken ct) =>
        await db.PayGrids.AsNoTracking().Include(g => g.Cells).SingleAsync(g => g.Id == agreement.DraftGridId, ct);
}
