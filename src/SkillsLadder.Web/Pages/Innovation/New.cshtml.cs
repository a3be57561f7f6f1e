using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Innovation;

/// <summary>
/// The submission form, made for a phone: a worker submits for themself; enterprise HR (or an admin) first picks the
/// worker. Co-authors are found by name among the worker's colleagues with a search that posts the form back (no
/// script needed), keeping what was typed; ticked names stay chosen.
/// </summary>
public sealed class NewModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty] public SubmitInnovationCommand Command { get; set; } = new();
    [BindProperty] public string? ColleagueSearch { get; set; }
    /// <summary>The worker HR submits for (from the picker); workers submit for themselves.</summary>
    [BindProperty(SupportsGet = true)] public int? WorkerId { get; set; }
    /// <summary>The picker's name search (HR and admins).</summary>
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }

    public InnovationForm? Form { get; private set; }
    public PagedList<WorkerListItem>? Candidates { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (WorkerId is null && user.WorkerId is null)
        {
            if (!user.SubmitsForOthers()) throw new ForbiddenException("只有职工本人或企业人事可以申报创新成果。");
            Candidates = await mediator.Send(new ListWorkersQuery { Search = Find, PageSize = 20 }, ct);
            return;
        }
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Command = Command with { WorkerId = WorkerId, CampaignId = null };
        return this.SubmitAsync(mediator, Command, id => ("创新成果已提交，等待评定。", RedirectToPage("Details", new { id })), () => LoadAsync(ct));
    }

    /// <summary>Not a submission: shows the matching colleagues, with no messages yet.</summary>
    public async Task<IActionResult> OnPostFindColleaguesAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Form = await mediator.Send(new GetInnovationFormQuery(WorkerId, ColleagueSearch, Command.CoAuthorWorkerIds), ct);
}
