using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// Year-end awards (先进集体, 先进个人): the candidates by the cumulative standings, the proposal into the honours
/// review once the campaign is closed (idempotent), and each proposal's review status with a link to it.
/// </summary>
public sealed class AwardsModel(IMediator mediator) : PageModel
{
    public CampaignHeader Header { get; private set; } = null!;
    public CampaignAwards Awards { get; private set; } = null!;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostProposeAsync(int id) =>
        this.SubmitAsync(mediator, new ProposeCampaignAwardsCommand(id),
            result => (result.Message + string.Concat(result.Reported.Select(r => $" {r}。")), RedirectToPage(new { id })),
            () => LoadAsync(id, HttpContext.RequestAborted), prefix: "");

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Awards = await mediator.Send(new GetCampaignAwardsQuery(id), ct);
    }
}
