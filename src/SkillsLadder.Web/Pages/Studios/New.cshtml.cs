using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Studios;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Studios;

/// <summary>
/// The federation names a studio. The lead is picked from the directory and the studio belongs to the lead's
/// enterprise, so the form cannot pair a lead with another enterprise.
/// </summary>
public sealed class NewModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty] public CreateStudioCommand Command { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }
    public IReadOnlyList<WorkerListItem> Workers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!user.IsAdmin() && !(user.IsInRole(Data.Identity.AppRoles.HrReviewer) && user.EnterpriseId is null))
            throw new ForbiddenException("只有工会（联合会）可以命名和考核工作室。");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var lead = Workers.FirstOrDefault(w => w.Id == Command.LeadWorkerId);
        Command = Command with { EnterpriseId = lead?.EnterpriseId ?? 0 };
        return await this.SubmitAsync(mediator, Command, id => ("工作室已命名。", RedirectToPage("Details", new { id })), () => Task.CompletedTask);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Workers = (await mediator.Send(new ListWorkersQuery { Search = Find, PageSize = Paging.MaxPageSize }, ct)).Items;
}
