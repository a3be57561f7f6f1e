using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Ladder;

namespace SkillsLadder.Web.Pages.Ladder.Policies;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public LadderPolicyDetails Policy { get; private set; } = null!;

    public async Task OnGetAsync(int number, CancellationToken ct) => Policy = await mediator.Send(new GetLadderPolicyQuery(number), ct);
}
