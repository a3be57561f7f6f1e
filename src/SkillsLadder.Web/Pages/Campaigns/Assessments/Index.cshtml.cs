using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Application.Features.Campaigns;

namespace SkillsLadder.Web.Pages.Campaigns.Assessments;

/// <summary>The assessment grid: periods across, participants down, each cell a link to its entry page.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public CampaignHeader Header { get; private set; } = null!;
    public AssessmentGrid Grid { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Grid = await mediator.Send(new GetAssessmentGridQuery(id), ct);
    }
}
