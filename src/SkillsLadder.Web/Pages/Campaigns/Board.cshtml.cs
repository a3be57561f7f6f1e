using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.CampaignStandings;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// The public board of a labour campaign, for anyone without signing in (a screen on site, a phone): cumulative
/// standings, the current red banner and the latest locked period. No campaign tabs: they lead to organizer pages.
/// 404 for a campaign still being set up.
/// </summary>
[AllowAnonymous]
public sealed class BoardModel(IMediator mediator) : PageModel
{
    public CampaignBoard Board { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Board = await mediator.Send(new GetCampaignBoardQuery(id), ct);
}
