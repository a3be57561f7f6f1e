using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// The public board of a campaign, for anyone without signing in (a screen on site, a phone): the cumulative
/// standings, who holds the red banner now, and the latest locked period. Running or closed campaigns only (404
/// otherwise: a draft is not public). Public columns only, no explanations: they name deductions and vetoes in detail.
/// </summary>
public sealed record GetCampaignBoardQuery(int CampaignId) : MediatR.IRequest<CampaignBoard>;

/// <summary>A line the public may see: deliberately its own type, so nothing jury-only can leak by a forgotten null.</summary>
public sealed record PublicCampaignLine(int Rank, bool Tied, string Name, decimal Total, int Vetoes);

/// <param name="Banner">The current banner: the latest locked period and its holder(s); null before any period is locked.</param>
/// <param name="LatestPeriodUnits">That period's unit standings (final).</param>
public sealed record CampaignBoard(int CampaignId, string CampaignName, string Project, CampaignStatus Status, int? SnapshotNumber,
    DateTime? ComputedAt, IReadOnlyList<PublicCampaignLine> Units, IReadOnlyList<PublicCampaignLine> Individuals, BannerPeriod? Banner,
    IReadOnlyList<PublicCampaignLine> LatestPeriodUnits);

public sealed class GetCampaignBoardHandler(SkillsLadderDbContext db) : MediatR.IRequestHandler<GetCampaignBoardQuery, CampaignBoard>
{
    public async Task<CampaignBoard> Handle(GetCampaignBoardQuery request, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Id == request.CampaignId && (c.Status == CampaignStatus.Running || c.Status == CampaignStatus.Closed))
            .Select(c => new { c.Id, c.Name, c.Project, c.Status }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("劳动竞赛", request.CampaignId);
        var standings = await db.NewestStandingsAsync(campaign.Id, ct);
        var banner = standings?.Banners(await db.PeriodsAsync(campaign.Id, ct)).LastOrDefault();

        static IReadOnlyList<PublicCampaignLine> Public(IReadOnlyList<CampaignStandingLine>? lines) =>
            lines?.Select(l => new PublicCampaignLine(l.Rank, l.Tied, l.Name, l.Total, l.Vetoes)).ToList() ?? [];
        return new CampaignBoard(campaign.Id, campaign.Name, campaign.Project, campaign.Status, standings?.Snapshot.Number, standings?.Snapshot.ComputedAt,
            Public(standings?.Of(null, ParticipantKind.Unit)), Public(standings?.Of(null, ParticipantKind.Individual)), banner,
            banner is null ? [] : Public(standings!.Of(banner.PeriodId, ParticipantKind.Unit)));
    }
}
