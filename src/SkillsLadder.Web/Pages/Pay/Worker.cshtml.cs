using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Application.Features.Titles;

namespace SkillsLadder.Web.Pages.Pay;

/// <summary>A worker's pay grade: today's, the next one already decided (with its date), what the next level pays, the history.</summary>
public sealed class WorkerModel(IMediator mediator) : PageModel
{
    public WorkerPay Pay { get; private set; } = null!;
    /// <summary>The level ↔ title table: the page says which title the worker's level counts as (相当于 工程师).</summary>
    public IReadOnlyList<TitleEquivalenceRow> Titles { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Pay = await mediator.Send(new GetWorkerPayQuery(id), ct);
        Titles = await mediator.Send(new GetTitleEquivalencesQuery(), ct);
    }
}
