using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.CompetitionPolicy)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public CompetitionDetailsView Competition { get; private set; } = null!;
    public CompetitionHeader Header { get; private set; } = null!;
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The next step this user may try from here; the command still checks what must be true.</summary>
    public (CompetitionStatus To, string Label, bool NeedsReason)? NextStep => Header switch
    {
        { IsOrganizer: true, Status: CompetitionStatus.Draft } => (CompetitionStatus.Registration, "开始报名", false),
        { IsOrganizer: true, Status: CompetitionStatus.Registration } => (CompetitionStatus.Marking, "开始评分", false),
        { IsOrganizer: true, Status: CompetitionStatus.Marking } => (CompetitionStatus.Locked, "锁定成绩", false),
        { IsChief: true, Status: CompetitionStatus.Locked } => (CompetitionStatus.Marking, "解锁（裁判长）", true),
        _ => null,
    };

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostStatusAsync(int id, CompetitionStatus to, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new ChangeCompetitionStatusCommand(id, to, Reason), prefix: "");
        if (ok)
        {
            TempData["Flash"] = "竞赛状态已更新。";
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Competition = await mediator.Send(new GetCompetitionQuery(id), ct);
    }
}
