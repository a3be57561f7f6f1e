using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Directory.Workers;

public sealed class CreateModel(IMediator mediator) : PageModel
{
    [BindProperty] public CreateWorkerCommand Command { get; set; } = new() { IsUnionMember = true };

    public async Task OnGetAsync(int? enterprise, CancellationToken ct)
    {
        if (enterprise is { } id) Command = Command with { EnterpriseId = id };
        await LoadReferenceAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ("职工已登记。", RedirectToPage("Details", new { id })),
            () => LoadReferenceAsync(ct));

    private async Task LoadReferenceAsync(CancellationToken ct) =>
        ViewData["Reference"] = await mediator.Send(new GetReferenceDataQuery(), ct);
}
