using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Honours.Nominations;

/// <summary>
/// An enterprise nominates one of its workers (federation reviewers anyone) for an active honour with evidence. The
/// worker is found by name: the directory search already confines enterprise HR to its own people.
/// </summary>
[Authorize(Policy = AuthSetup.DirectoryEditorPolicy)]
public sealed class CreateModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public NominateWorkerCommand Command { get; set; } = new();
    public IReadOnlyList<WorkerListItem> Candidates { get; private set; } = [];
    public IReadOnlyList<HonourTypeDto> Honours { get; private set; } = [];

    public Task OnGetAsync(int? workerId, CancellationToken ct)
    {
        if (workerId is { } id) Command = Command with { WorkerId = id };
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ("推荐已提交。", (IActionResult)RedirectToPage("Details", new { id })), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Honours = await mediator.Send(new ListHonourTypesQuery(ActiveOnly: true), ct);
        if (!string.IsNullOrWhiteSpace(Q))
            Candidates = (await mediator.Send(new ListWorkersQuery { Search = Q, PageSize = Paging.MaxPageSize }, ct)).Items;
        else if (Command.WorkerId > 0)
        {
            // Opened from a worker (?workerId=): that worker only; the query refuses one the reader may not see.
            var w = await mediator.Send(new GetWorkerQuery(Command.WorkerId), ct);
            Candidates = [new WorkerListItem { Id = w.Id, FullName = w.FullName, EnterpriseName = w.EnterpriseName }];
        }
    }
}
