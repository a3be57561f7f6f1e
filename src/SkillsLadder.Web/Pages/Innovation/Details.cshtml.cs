using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Innovation;

/// <summary>
/// One entry: what it is, who made it, how it was assessed; the assessment form for those who may assess it (an author
/// is told why they may not) and the withdrawal for its submitter. Both carry the version read, so a decision on an
/// entry that changed meanwhile is refused with a message instead of overwriting.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty] public AssessInnovationCommand Assess { get; set; } = new();
    public InnovationDetails Entry { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Assess = new AssessInnovationCommand { EntryId = id, Version = Entry.Version, Adopted = true };
    }

    public Task<IActionResult> OnPostAssessAsync(int id, CancellationToken ct)
    {
        Assess = Assess with { EntryId = id };
        return this.SubmitAsync(mediator, Assess, _ => (Assess.Adopted == true ? "已采纳，等级已评定。" : "已评定为不采纳。", RedirectToPage(new { id })),
            () => LoadAsync(id, ct), prefix: nameof(Assess));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int? version, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new WithdrawInnovationCommand(id, version), prefix: "");
        if (ok)
        {
            TempData["Flash"] = "创新成果已撤回。";
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, ct);
        Assess = new AssessInnovationCommand { EntryId = id, Version = Entry.Version, Adopted = true };
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct) => Entry = await mediator.Send(new GetInnovationQuery(id), ct);
}
