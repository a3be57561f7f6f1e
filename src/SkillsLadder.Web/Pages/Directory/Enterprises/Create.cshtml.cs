using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Directory.Enterprises;

public sealed class CreateModel(IMediator mediator) : PageModel
{
    [BindProperty] public CreateEnterpriseCommand Command { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadReferenceAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ("企业已登记。", RedirectToPage("Details", new { id })),
            () => LoadReferenceAsync(ct));

    private async Task LoadReferenceAsync(CancellationToken ct) =>
        ViewData["Reference"] = await mediator.Send(new GetReferenceDataQuery(), ct);
}
