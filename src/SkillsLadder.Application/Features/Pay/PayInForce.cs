using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>Where a worker sits for pay: workplace (for the agreement that covers it), post class, level and tier.</summary>
public sealed record PayPosition(int WorkerId, int EnterpriseId, int IndustryId, string District, int? PostClassId, int? LevelId, TalentTier Tier);

/// <summary>
/// The agreements in force with their grids, read once for a run over many workers: the nightly re-evaluation used to
/// read them again for every batch, and every grid once per batch (28,780 grid queries for 100,000 workers). Grids are
/// read when first needed and kept for the run; the choice of agreement is kept per enterprise and day.
/// </summary>
public sealed class PayInForce
{
    private readonly SkillsLadderDbContext _db;
    private readonly List<WageAgreement> _agreements;
    private readonly Dictionary<int, PayGrid> _grids = [];
    private readonly Dictionary<(int EnterpriseId, DateOnly On), WageAgreement?> _chosen = [];

    private PayInForce(SkillsLadderDbContext db, List<WageAgreement> agreements, int defaultPostClassId, Dictionary<int, int> ranks) =>
        (_db, _agreements, DefaultPostClassId, RankOfLevel) = (db, agreements, defaultPostClassId, ranks);

    public int DefaultPostClassId { get; }
    public IReadOnlyDictionary<int, int> RankOfLevel { get; }
    public bool Any => _agreements.Count > 0;

    public static async Task<PayInForce> LoadAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        var agreements = await db.WageAgreements.AsNoTracking().Where(a => a.Status == AgreementStatus.Effective).ToListAsync(ct);
        if (agreements.Count == 0) return new PayInForce(db, agreements, 0, []);
        return new PayInForce(db, agreements, await PayGradeRecorder.DefaultPostClassAsync(db, ct),
            await db.SkillLevels.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Rank, ct));
    }

    /// <summary>The enterprise's own agreement before its industry's in its district, among those in force from the day the pay rule gives.</summary>
    public WageAgreement? For(PayPosition at, DateOnly changedOn)
    {
        if (_chosen.TryGetValue((at.EnterpriseId, changedOn), out var chosen)) return chosen;
        return _chosen[(at.EnterpriseId, changedOn)] = _agreements.Where(a => a.EnterpriseId == at.EnterpriseId
                || a.Scope == AgreementScope.IndustryInDistrict && a.IndustryId == at.IndustryId && a.District == at.District)
            .OrderBy(a => a.Scope).FirstOrDefault(a => a.IsInForceOn(PayGrades.EffectiveFrom(changedOn, a.PayRule, a.EffectiveFrom!.Value)));
    }

    public async Task<PayGrid> GridOfAsync(WageAgreement agreement, CancellationToken ct)
    {
        if (!_grids.TryGetValue(agreement.Id, out var grid))
            _grids[agreement.Id] = grid = await _db.PayGrids.AsNoTracking().Include(g => g.Cells).SingleAsync(g => g.Id == agreement.DraftGridId, ct);
        return grid;
    }
}

public static class PayPositions
{
    public static IQueryable<PayPosition> SelectPayPositions(this IQueryable<Domain.People.Worker> workers) =>
        workers.Select(w => new PayPosition(w.Id, w.EnterpriseId, w.Enterprise!.IndustryId, w.Enterprise.District, w.PostClassId,
            w.CurrentSkillLevelId, w.Tier));
}
