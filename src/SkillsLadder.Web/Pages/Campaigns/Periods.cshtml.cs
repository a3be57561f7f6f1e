using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// The assessment periods: planned from the dates (or milestone by milestone), each with its sign-off state. Locking
/// is refused while someone has not submitted (named in the message); unlocking takes a reason.
/// </summary>
public sealed class PeriodsModel(IMediator mediator) : PageModel
{
    [BindProperty] public AddMilestoneCommand Milestone { get; set; } = new();

    public CampaignHeader Header { get; private set; } = null!;
    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostPlanAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, new PlanPeriodsCommand(id), n => ("考核期已重新排定。", RedirectToPage(new { id })), () => LoadAsync(id, ct), "");

    public Task<IActionResult> OnPostMilestoneAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, Milestone with { CampaignId = id }, _ => ("节点已添加。", RedirectToPage(new { id })), () => LoadAsync(id, ct), "Milestone");

    public Task<IActionResult> OnPostLockAsync(int id, int periodId, CancellationToken ct) =>
        this.SubmitAsync(mediator, new LockPeriodCommand(id, periodId), _ => ("考核期已锁定，本期考核一并锁定。", RedirectToPage(new { id })),
            () => LoadAsync(id, ct), "");

    public Task<IActionResult> OnPostUnlockAsync(int id, int periodId, string? reason, CancellationToken ct) =>
        this.SubmitAsync(mediator, new UnlockPeriodCommand { CampaignId = id, PeriodId = periodId, Reason = reason ?? "" },
            _ => ("考核期已解锁，本期考核回到已提交状态。", RedirectToPage(new { id })), () => LoadAsync(id, ct), "Unlock");

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Periods = await mediator.Send(new ListPeriodsQuery(id), ct);
    }
}
