using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// Ranks a labour campaign again from its submitted and locked assessments and writes a complete, numbered snapshot
/// (every period, the banner holders, the cumulative standings), unless the input equals the newest snapshot's.
/// Settles the standings demands it has seen. What the campaign ranking job sends; safe to send twice.
/// </summary>
public sealed record RecomputeCampaignStandingsCommand(int CampaignId) : ICommand<CampaignRecomputeResult>;

/// <param name="SnapshotId">The snapshot now current (new or unchanged); null while the campaign is a draft.</param>
/// <param name="Written">False when the input equalled the newest snapshot's and nothing was written.</param>
public sealed record CampaignRecomputeResult(int CampaignId, int? SnapshotId, int? Number, bool Written, int Rows);

/// <summary>Campaigns with standings demands no snapshot has settled yet: what the periodic sweep ranks again.</summary>
public sealed record PendingCampaignStandingsQuery : MediatR.IRequest<IReadOnlyList<int>>;

/// <summary>
/// Reads the demand high-water mark before the assessments, as the competition ranking does: an assessment committed
/// during the run leaves a newer demand, which the next run ranks. Campaigns are small (a few thousand rows at most),
/// so the rows go through the change tracker in this command's transaction.
/// </summary>
public sealed class RecomputeCampaignStandingsHandler(SkillsLadderDbContext db, TimeProvider clock, ILogger<RecomputeCampaignStandingsHandler> logger)
    : MediatR.IRequestHandler<RecomputeCampaignStandingsCommand, CampaignRecomputeResult>,
      MediatR.IRequestHandler<PendingCampaignStandingsQuery, IReadOnlyList<int>>
{
    public async Task<CampaignRecomputeResult> Handle(RecomputeCampaignStandingsCommand request, CancellationToken ct)
    {
        var id = request.CampaignId;
        var demandUpTo = await db.CampaignStandingsDemands.Where(d => d.CampaignId == id).MaxAsync(d => (long?)d.Id, ct) ?? 0;
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Participants).Include(c => c.Periods)
            .Include(c => c.Schemes).ThenInclude(s => s.Indicators).ThenInclude(i => i.Events).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || campaign.Status == CampaignStatus.Draft)
        {
            // Nothing is assessed before the start; a deleted campaign has nothing left to rank.
            await SettleAsync(id, demandUpTo, ct);
            return new CampaignRecomputeResult(id, null, null, false, 0);
        }

        var input = await CampaignRankingInputReader.ReadAsync(db, campaign, ct);
        var latest = await db.CampaignStandings.AsNoTracking().Where(s => s.CampaignId == id).OrderByDescending(s => s.Number)
            .Select(s => new { s.Id, s.Number, s.InputHash }).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.InputHash == input.Hash)
        {
            await SettleAsync(id, demandUpTo, ct);
            return new CampaignRecomputeResult(id, latest.Id, latest.Number, false, 0);
        }

        var standings = CampaignRanking.Rank(input.Participants, input.Periods, input.Scores);
        var snapshot = new CampaignStandingsSnapshot(id, (latest?.Number ?? 0) + 1, input.Hash, clock.GetUtcNow().UtcDateTime, demandUpTo, standings);
        db.CampaignStandings.Add(snapshot);
        await db.SaveChangesAsync(ct);
        await SettleAsync(id, demandUpTo, ct);
        logger.LogDebug("Ranked campaign {CampaignId}: snapshot {Number}, {Rows} rows", id, snapshot.Number, standings.Count);
        return new CampaignRecomputeResult(id, snapshot.Id, snapshot.Number, true, standings.Count);
    }

    public async Task<IReadOnlyList<int>> Handle(PendingCampaignStandingsQuery request, CancellationToken ct) =>
        await db.CampaignStandingsDemands.Select(d => d.CampaignId).Distinct().OrderBy(c => c).ToListAsync(ct);

    private Task SettleAsync(int campaignId, long upTo, CancellationToken ct) =>
        db.CampaignStandingsDemands.Where(d => d.CampaignId == campaignId && d.Id <= upTo).ExecuteDeleteAsync(ct);
}
