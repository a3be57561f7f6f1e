using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Scoring;

namespace SkillsLadder.Web.Pages.Competitions.Marking;

/// <summary>The chief judge's list of judge disagreements beyond the allowed gap, each linked to the sheets involved.</summary>
public sealed class DisagreementsModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public IReadOnlyList<Disagreement> Items { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Items = await mediator.Send(new ListDisagreementsQuery(id), ct);
    }
}
