using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Directory.Workers;

public sealed class EditModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty] public EditWorkerCommand Command { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        var w = await mediator.Send(new GetWorkerQuery(id), ct);
        user.EnsureCanEditWorkersOf(w.EnterpriseId); // no form for those who could never save it
        Command = new EditWorkerCommand
        {
            Id = w.Id, Version = w.Version, FullName = w.FullName, EnterpriseId = w.EnterpriseId,
            OccupationId = w.OccupationId, HireDate = w.HireDate, IsUnionMember = w.IsUnionMember,
            Education = w.Education,
        };
        await LoadReferenceAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Command = Command with { Id = id };
        return this.SubmitAsync(mediator, Command, _ => ("职工信息已保存。", RedirectToPage("Details", new { id })),
            () => LoadReferenceAsync(ct));
    }

    private async Task LoadReferenceAsync(CancellationToken ct) =>
        ViewData["Reference"] = await mediator.Send(new GetReferenceDataQuery(), ct);
}
