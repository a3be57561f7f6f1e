using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Pay;

namespace SkillsLadder.Web.Pages.Pay;

/// <summary>A worker's pay grade: today's, the next one already decided (with its date), what the next level pays, the history.</summary>
public sealed class WorkerModel(IMediator mediator) : PageModel
{
    public WorkerPay Pay { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Pay = await mediator.Send(new GetWorkerPayQuery(id), ct);
}
