using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Application.Features.Campaigns;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>The rotating red banner (流动红旗): who holds it now, who held it each locked period, and the tally.</summary>
public sealed class BannersModel(IMediator mediator) : PageModel
{
    public CampaignHeader Header { get; private set; } = null!;
    public CampaignBanners Banners { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Banners = await mediator.Send(new GetCampaignBannersQuery(id), ct);
    }
}
