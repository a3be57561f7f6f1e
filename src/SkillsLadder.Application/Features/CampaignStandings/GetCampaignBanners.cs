using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// Organizers: the rotating red banner (流动红旗) period by period. Each locked period's leading unit holds it for that
/// period; the current holder is the latest locked period's (a shared first place shares it).
/// </summary>
public sealed record GetCampaignBannersQuery(int CampaignId) : MediatR.IRequest<CampaignBanners>;

/// <param name="Periods">Locked periods in order, each with its holder(s); empty holders: every unit scored zero.</param>
/// <param name="Current">The latest locked period's banner; null before the first period is locked.</param>
public sealed record CampaignBanners(int CampaignId, string CampaignName, CampaignSnapshotInfo? Snapshot, bool Updating,
    IReadOnlyList<BannerPeriod> Periods, BannerPeriod? Current)
{
    /// <summary>How many periods each unit held the banner, most first: the year's tally.</summary>
    public IReadOnlyList<BannerTally> Tally => Periods.SelectMany(p => p.Holders)
        .GroupBy(h => (h.ParticipantId, h.Name)).Select(g => new BannerTally(g.Key.Name, g.Count()))
        .OrderByDescending(t => t.Periods).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
}

public sealed record BannerTally(string Name, int Periods);

public sealed class GetCampaignBannersHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<GetCampaignBannersQuery, CampaignBanners>
{
    public async Task<CampaignBanners> Handle(GetCampaignBannersQuery request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == request.CampaignId)
            .Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("劳动竞赛", request.CampaignId);
        var standings = await db.NewestStandingsAsync(campaign.Id, ct);
        var banners = standings?.Banners(await db.PeriodsAsync(campaign.Id, ct)) ?? [];
        return new CampaignBanners(campaign.Id, campaign.Name, standings?.Snapshot, await db.StandingsUpdatingAsync(campaign.Id, ct),
            banners, banners.LastOrDefault());
    }
}
