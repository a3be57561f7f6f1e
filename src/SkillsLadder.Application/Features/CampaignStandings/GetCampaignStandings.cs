using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// Organizers: the newest standings of a campaign, for one period (<see cref="PeriodId"/>) or cumulative (null: the
/// locked periods added up), units and individuals apart, every line with its explanation.
/// </summary>
public sealed record GetCampaignStandingsQuery(int CampaignId, int? PeriodId = null) : MediatR.IRequest<CampaignStandingsView>;

/// <param name="Snapshot">Null until the ranking job has ranked anything (no assessment submitted yet).</param>
/// <param name="Updating">A change is waiting to be ranked: the lines may be a few seconds behind.</param>
/// <param name="Period">The period shown; null for the cumulative view.</param>
public sealed record CampaignStandingsView(int CampaignId, string CampaignName, CampaignStatus Status, CampaignSnapshotInfo? Snapshot, bool Updating,
    IReadOnlyList<RankedPeriodInfo> Periods, RankedPeriodInfo? Period, IReadOnlyList<CampaignStandingLine> Units,
    IReadOnlyList<CampaignStandingLine> Individuals)
{
    /// <summary>An open period's lines are provisional: its assessments may still change and it holds no banner.</summary>
    public bool Provisional => Period is { Locked: false } || Units.Concat(Individuals).Any(l => l.Provisional);
}

public sealed class GetCampaignStandingsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<GetCampaignStandingsQuery, CampaignStandingsView>
{
    public async Task<CampaignStandingsView> Handle(GetCampaignStandingsQuery request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == request.CampaignId)
            .Select(c => new { c.Id, c.Name, c.Status }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("劳动竞赛", request.CampaignId);
        var periods = await db.PeriodsAsync(campaign.Id, ct);
        RankedPeriodInfo? period = null;
        if (request.PeriodId is { } periodId)
            period = periods.SingleOrDefault(p => p.Id == periodId) ?? throw new NotFoundException("考核期", periodId);

        var standings = await db.NewestStandingsAsync(campaign.Id, ct);
        return new CampaignStandingsView(campaign.Id, campaign.Name, campaign.Status, standings?.Snapshot, await db.StandingsUpdatingAsync(campaign.Id, ct),
            periods, period, standings?.Of(period?.Id, ParticipantKind.Unit) ?? [], standings?.Of(period?.Id, ParticipantKind.Individual) ?? []);
    }
}
