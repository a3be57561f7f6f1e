using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// How an assessment reaches a labour campaign's standings, as <see cref="Ranking.StandingsChangeHook"/> does for
/// competitions: whatever can move them (an assessment or its history, a period, a participant, the indicator scheme,
/// the campaign itself) makes this hook record a campaign standings demand in the command's transaction, with the
/// injected clock, and ask the job engine to rank the campaign soon once the transaction has committed. Campaigns have
/// no live board: their standings are small enough for the job to rank whole within seconds.
/// </summary>
public sealed class CampaignStandingsChangeHook(IStandingsScheduler scheduler, TimeProvider clock) : IUnitOfWorkHook
{
    private readonly HashSet<int> _changedCampaigns = [];
    private readonly HashSet<int> _toRank = [];

    public void OnSaving(SkillsLadderDbContext db)
    {
        var tracker = db.ChangeTracker;
        var changed = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                PeriodAssessment assessment => assessment.CampaignId,
                CampaignPeriod period => period.CampaignId,
                CampaignParticipant participant => participant.CampaignId,
                IndicatorScheme scheme => scheme.CampaignId,
                Campaign campaign when e.State == EntityState.Modified => campaign.Id,
                _ => 0,
            })
            // Every step of an assessment appends to its history, even when no assessment column changes.
            .Concat(tracker.Entries<PeriodAssessment>()
                .Where(a => a.Entity.Changes.Any(c => db.Entry(c).State == EntityState.Added)).Select(a => a.Entity.CampaignId));
        // The parts of a campaign created in this save have no campaign id yet: a new campaign is a draft, with nothing to rank.
        _changedCampaigns.UnionWith(changed.Where(id => id > 0));
    }

    public async Task BeforeCommitAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        if (_changedCampaigns.Count == 0) return;
        var campaigns = _changedCampaigns.ToList();
        _changedCampaigns.Clear(); // before saving: the save below runs OnSaving again
        var now = clock.GetUtcNow().UtcDateTime;
        db.CampaignStandingsDemands.AddRange(campaigns.Select(id => new CampaignStandingsDemand(id, now)));
        await db.SaveChangesAsync(ct);
        _toRank.UnionWith(campaigns);
    }

    public async Task AfterCommitAsync(CancellationToken ct)
    {
        if (_toRank.Count == 0) return;
        var campaigns = _toRank.ToList();
        _toRank.Clear();
        await scheduler.RequestCampaignsSoonAsync(campaigns, ct);
    }

    public void OnRollback()
    {
        _changedCampaigns.Clear();
        _toRank.Clear();
    }
}
