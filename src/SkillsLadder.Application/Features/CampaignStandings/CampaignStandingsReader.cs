using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

public sealed record CampaignSnapshotInfo(int Id, int Number, DateTime ComputedAt);

public sealed record RankedPeriodInfo(int Id, int Number, string Label, DateOnly StartsOn, DateOnly EndsOn, bool Locked);

/// <summary>
/// One line of a campaign's standings: a period's (<see cref="PeriodId"/> set) or the cumulative one (null). Points
/// are decimals; <see cref="Tied"/> marks a shared place; <see cref="Provisional"/> a period that is still open.
/// </summary>
public sealed record CampaignStandingLine(int? PeriodId, int ParticipantId, string Name, ParticipantKind Kind, UnitKind? UnitKind,
    int Rank, bool Tied, decimal Total, decimal Deductions, int Vetoes, bool HoldsBanner, bool Provisional, string Explanation);

/// <summary>A period's red banner (流动红旗): the leading unit(s) of a locked period; none when every unit scored zero.</summary>
public sealed record BannerPeriod(int PeriodId, int Number, string Label, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<BannerHolder> Holders);

public sealed record BannerHolder(int ParticipantId, string Name, decimal Total);

/// <summary>The newest snapshot of a campaign with participant names joined in (a snapshot keeps only ids).</summary>
public sealed record CampaignSnapshotLines(CampaignSnapshotInfo Snapshot, IReadOnlyList<CampaignStandingLine> Lines)
{
    public IReadOnlyList<CampaignStandingLine> Of(int? periodId, ParticipantKind kind) =>
        Lines.Where(l => l.PeriodId == periodId && l.Kind == kind).OrderBy(l => l.Rank).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Banners per period the snapshot ranked as locked (its rows are not provisional), in period order. Read from the
    /// snapshot, not the live period state, so the banners always agree with the standings shown beside them.
    /// </summary>
    public IReadOnlyList<BannerPeriod> Banners(IReadOnlyList<RankedPeriodInfo> periods) => periods
        .Where(p => Lines.Any(l => l.PeriodId == p.Id && !l.Provisional))
        .Select(p => new BannerPeriod(p.Id, p.Number, p.Label, p.StartsOn, p.EndsOn, Lines
            .Where(l => l.PeriodId == p.Id && l.HoldsBanner).OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new BannerHolder(l.ParticipantId, l.Name, l.Total)).ToList()))
        .OrderBy(p => p.Number).ToList();
}

internal static class CampaignStandingsReader
{
    public static Task<List<RankedPeriodInfo>> PeriodsAsync(this SkillsLadderDbContext db, int campaignId, CancellationToken ct) =>
        db.CampaignPeriods.AsNoTracking().Where(p => p.CampaignId == campaignId).OrderBy(p => p.Number)
            .Select(p => new RankedPeriodInfo(p.Id, p.Number, p.Label, p.StartsOn, p.EndsOn, p.Status == PeriodStatus.Locked)).ToListAsync(ct);

    /// <summary>True while a change has not been ranked yet: the ranking job is on its way (or the sweep will be).</summary>
    public static Task<bool> StandingsUpdatingAsync(this SkillsLadderDbContext db, int campaignId, CancellationToken ct) =>
        db.CampaignStandingsDemands.AnyAsync(d => d.CampaignId == campaignId, ct);

    public static async Task<CampaignSnapshotLines?> NewestStandingsAsync(this SkillsLadderDbContext db, int campaignId, CancellationToken ct)
    {
        var snapshot = await db.CampaignStandings.AsNoTracking().Where(s => s.CampaignId == campaignId).OrderByDescending(s => s.Number)
            .Select(s => new CampaignSnapshotInfo(s.Id, s.Number, s.ComputedAt)).FirstOrDefaultAsync(ct);
        if (snapshot is null) return null;
        var rows = await (from r in db.CampaignStandingsRows.AsNoTracking()
                          where r.SnapshotId == snapshot.Id
                          join p in db.CampaignParticipants on r.ParticipantId equals p.Id
                          select new { r.PeriodId, r.ParticipantId, p.Name, r.Kind, p.UnitKind, r.Rank, r.Total, r.Deductions, r.Vetoes, r.HoldsBanner, r.Provisional, r.Explanation })
            .ToListAsync(ct);
        var shared = rows.GroupBy(r => (r.PeriodId, r.Kind, r.Rank)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return new CampaignSnapshotLines(snapshot, rows.Select(r => new CampaignStandingLine(r.PeriodId, r.ParticipantId, r.Name, r.Kind, r.UnitKind,
            r.Rank, shared.Contains((r.PeriodId, r.Kind, r.Rank)), r.Total / 100m, r.Deductions / 100m, r.Vetoes, r.HoldsBanner, r.Provisional,
            r.Explanation)).ToList());
    }
}
