using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Ladder;

namespace SkillsLadder.Web.Pages.Ladder.Policies;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<LadderPolicySummary> Policies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Policies = await mediator.Send(new ListLadderPoliciesQuery(), ct);
}
