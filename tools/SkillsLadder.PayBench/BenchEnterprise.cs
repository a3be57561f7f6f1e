using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.PayBench;

/// <summary>
/// Turns the demo city into one enterprise of every worker (the 50,000-worker case), spreads them over the
/// four post classes, rates their tiers, and gives the enterprise a grid in force plus a new agreement whose first
/// round has a proposal from each side.
/// </summary>
internal static class BenchEnterprise
{
    public static async Task<(int AgreementId, int[] ProposalIds)> GatherAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(ct);
        var classes = await db.PostClasses.OrderBy(c => c.Order).Select(c => c.Id).ToListAsync(ct);
        await db.Workers.ExecuteUpdateAsync(s => s.SetProperty(w => w.EnterpriseId, enterprise), ct);
        for (var i = 0; i < classes.Count; i++)
        {
            var (postClass, remainder) = (classes[i], i);
            await db.Workers.Where(w => w.Id % classes.Count == remainder).ExecuteUpdateAsync(s => s.SetProperty(w => w.PostClassId, postClass), ct);
        }
        await db.Workers.Where(w => w.CurrentSkillLevel!.Rank >= 4).ExecuteUpdateAsync(s => s.SetProperty(w => w.Tier, TalentTier.HighSkilledWorker), ct);
        await db.Workers.Where(w => w.CurrentSkillLevel!.Rank < 4).ExecuteUpdateAsync(s => s.SetProperty(w => w.Tier, TalentTier.SkilledWorker), ct);
        await db.Workers.Where(w => w.Id % 97 == 0 && w.CurrentSkillLevel!.Rank >= 5).ExecuteUpdateAsync(s => s.SetProperty(w => w.Tier, TalentTier.Craftsman), ct);

        var ranks = await db.SkillLevels.OrderBy(l => l.Rank).Select(l => l.Rank).ToListAsync(ct);
        PayGrid Grid(long step, long tier2, long tier3) => new(
            classes.SelectMany((c, ci) => ranks.Select(r => new PayCell(c, r, 260_000 + ci * 60_000 + r * step, 20_000 + r * step / 2))), tier2, tier3);
        var deadlines = new BargainingDeadlines();
        var inForce = new WageAgreement("现行能级工资协议", AgreementScope.Enterprise, enterprise, null, null, "湖州市区", BargainingSide.Union,
            "依法提出开展能级工资集体协商的书面要约。", new DateOnly(2025, 1, 6), 24, PayEffectiveRule.NextPayMonth, deadlines);
        AddParties(inForce);
        inForce.Reply(new DateOnly(2025, 1, 10));
        var agreed = Grid(30_000, 20_000, 80_000);
        inForce.HoldRound(new DateOnly(2025, 1, 20), "第一轮：达成一致。", [(BargainingSide.Union, agreed, null)]);
        inForce.AgreeDraft(agreed, 0);
        inForce.RecordVote(CongressVote.Count(60, 55, 50), new DateOnly(2025, 2, 1));
        inForce.Sign(new DateOnly(2025, 2, 2));
        inForce.File(new DateOnly(2025, 2, 3));
        inForce.TakeEffect(new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 10));
        var next = new WageAgreement("新一轮能级工资协议", AgreementScope.Enterprise, enterprise, null, null, "湖州市区", BargainingSide.Union,
            "依法提出开展能级工资集体协商的书面要约。", new DateOnly(2026, 10, 8), 24, PayEffectiveRule.NextPayMonth, deadlines);
        AddParties(next);
        next.Reply(new DateOnly(2026, 10, 12));
        var round = next.HoldRound(new DateOnly(2026, 10, 20), "第一轮：双方各提出方案。",
            [(BargainingSide.Union, Grid(36_000, 30_000, 100_000), "职工方"), (BargainingSide.Employer, Grid(32_000, 20_000, 80_000), "企业方")]);
        db.WageAgreements.AddRange(inForce, next);
        db.MinimumWages.Add(new MinimumWage("湖州市区", 249_000, new DateOnly(2025, 1, 1)));
        await db.SaveChangesAsync(ct);
        return (next.Id, round.Proposals.Select(p => p.Id).ToArray());
    }

    public static async Task<(List<WorkforceMember>, PayGrid, PayGrid)> InputsAsync(SkillsLadderDbContext db, int agreementId, int proposalId, CancellationToken ct)
    {
        var agreement = await db.WageAgreements.AsNoTracking().SingleAsync(a => a.Id == agreementId, ct);
        var workforce = await db.WorkforceAsync(db.CoveredBy(agreement), await PayGradeRecorder.DefaultPostClassAsync(db, ct), ct);
        var current = (await CurrentGrids.InForceAsync(db, agreement, DateOnly.FromDateTime(DateTime.UtcNow), ct))!.Value.Grid;
        var proposed = await db.PayGrids.AsNoTracking().Include(g => g.Cells)
            .SingleAsync(g => db.BargainingRounds.SelectMany(r => r.Proposals).Any(p => p.Id == proposalId && p.PayGridId == g.Id), ct);
        return (workforce, current, proposed);
    }

    private static void AddParties(WageAgreement agreement)
    {
        foreach (var side in new[] { BargainingSide.Union, BargainingSide.Employer })
            for (var i = 0; i < 3; i++) agreement.AddRepresentative(side, $"代表{(int)side}-{i}", null, i == 0);
    }
}
