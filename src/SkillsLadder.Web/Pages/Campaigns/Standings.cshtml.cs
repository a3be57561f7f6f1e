using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Application.Features.Campaigns;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// A campaign's standings for organizers: cumulative (the locked periods added up) or one period, units and individuals
/// apart, each line with "why this score". Read-only: the ranking job writes them after every change.
/// </summary>
public sealed class StandingsModel(IMediator mediator) : PageModel
{
    public CampaignHeader Header { get; private set; } = null!;
    public CampaignStandingsView Standings { get; private set; } = null!;

    public async Task OnGetAsync(int id, int? periodId, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Standings = await mediator.Send(new GetCampaignStandingsQuery(id, periodId), ct);
    }
}
