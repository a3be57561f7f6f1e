using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// Organizers: the year-end awards of a campaign. Before it closes, who the current standings would put forward;
/// after, the proposals made and where each stands in the honours review.
/// </summary>
public sealed record GetCampaignAwardsQuery(int CampaignId) : MediatR.IRequest<CampaignAwards>;

/// <param name="MayPropose">Closed, ranked and nothing waiting to be ranked: the command checks again.</param>
public sealed record CampaignAwards(int CampaignId, string CampaignName, CampaignStatus Status, int CollectiveAwards, int IndividualAwards,
    bool Updating, bool MayPropose, IReadOnlyList<AwardCandidateView> Candidates, IReadOnlyList<AwardProposal> Proposals);

/// <param name="WorkerName">The leader who stands for a unit, or the individual.</param>
public sealed record AwardCandidateView(ParticipantKind Kind, int ParticipantId, string Name, int Rank, decimal Total, string? WorkerName,
    string? Problem);

/// <param name="Name">The unit's name (CollectiveName) for 先进集体, else the worker's.</param>
public sealed record AwardProposal(int NominationId, NominationKind Kind, string Name, string WorkerName, string Honour, int? Rank,
    NominationStatus Status, DateOnly? NoticeEndsOn, DateOnly? ConferredOn);

public sealed class GetCampaignAwardsHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<GetCampaignAwardsQuery, CampaignAwards>
{
    public async Task<CampaignAwards> Handle(GetCampaignAwardsQuery request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Participants).SingleOrDefaultAsync(c => c.Id == request.CampaignId, ct)
            ?? throw new NotFoundException("劳动竞赛", request.CampaignId);
        var standings = await db.NewestStandingsAsync(campaign.Id, ct);
        var updating = await db.StandingsUpdatingAsync(campaign.Id, ct);
        var candidates = standings is null ? []
            : CampaignAwardCandidates.Select(standings, campaign.Participants, campaign.CollectiveAwards, campaign.IndividualAwards);
        var workerIds = candidates.Select(c => c.WorkerId).OfType<int>().Distinct().ToList();
        var names = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.FullName, ct);

        var proposals = await (from n in db.Nominations.AsNoTracking()
                               where n.CampaignId == campaign.Id
                               join w in db.Workers on n.WorkerId equals w.Id
                               join h in db.HonourTypes on n.HonourTypeId equals h.Id
                               select new AwardProposal(n.Id, n.Kind, n.CollectiveName ?? w.FullName, w.FullName, h.Name, n.ResultRank, n.Status,
                                   n.NoticeEndsOn, n.ConferredOn))
            .ToListAsync(ct);
        // Enums are stored as names, so the order (集体 first, then by place) is made here rather than by the database.
        proposals = proposals.OrderBy(p => p.Kind == NominationKind.CollectiveHonour ? 0 : 1).ThenBy(p => p.Rank).ThenBy(p => p.NominationId).ToList();
        return new CampaignAwards(campaign.Id, campaign.Name, campaign.Status, campaign.CollectiveAwards, campaign.IndividualAwards, updating,
            campaign.Status == CampaignStatus.Closed && standings is not null && !updating,
            candidates.Select(c => new AwardCandidateView(c.Kind, c.ParticipantId, c.Name, c.Rank, c.Total,
                c.WorkerId is { } id ? names.GetValueOrDefault(id) : null, c.Problem)).ToList(),
            proposals);
    }
}
