using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Pay;

namespace SkillsLadder.Web.Pages.Bargaining;

/// <summary>
/// The negotiators' simulator: pick one or two proposals and see what each costs over the real workforce, side by
/// side, with a chart per level. A GET with ?proposal=… so a comparison can be bookmarked and sent to the other side.
/// </summary>
public sealed class SimulateModel(IMediator mediator) : PageModel
{
    public AgreementProposals Agreement { get; private set; } = null!;
    public PaySimulation? Simulation { get; private set; }
    public IReadOnlyList<int> Chosen { get; private set; } = [];

    public async Task OnGetAsync(int id, int[]? proposal, CancellationToken ct)
    {
        Agreement = await mediator.Send(new ListProposalsQuery(id), ct);
        Chosen = proposal is { Length: > 0 } ? proposal : Agreement.Proposals.Take(2).Select(p => p.Id).ToList();
        if (Chosen.Count == 0) return;
        try
        {
            Simulation = await mediator.Send(new SimulatePayQuery(id, Chosen), ct);
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) ModelState.AddModelError(field, message);
        }
    }
}
