using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Honours.Nominations;

/// <summary>
/// One nomination: its signed history, evidence, result reference and objections, and the step the reader may take
/// now (assign, recuse, approve, reject, decide an objection, confer, withdraw). The handlers check every step again.
/// </summary>
[Authorize(Policy = AuthSetup.DirectoryPolicy)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int ReviewerUserId { get; set; }
    [BindProperty] public string? Decision { get; set; }
    public NominationDetails Nomination { get; private set; } = null!;
    public IReadOnlyList<ReviewerDto> Reviewers { get; private set; } = [];

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => StepAsync(id, new AssignReviewerCommand(id, ReviewerUserId), "已分派审核人。", ct);
    public Task<IActionResult> OnPostRecuseAsync(int id, CancellationToken ct) => StepAsync(id, new RecuseReviewerCommand(id, Reason ?? ""), "已回避，推荐退回待分派。", ct);
    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) => StepAsync(id, new ApproveNominationCommand(id, Reason ?? ""), "已审批通过。", ct);
    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) => StepAsync(id, new RejectNominationCommand(id, Reason ?? ""), "已驳回。", ct);
    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) => StepAsync(id, new WithdrawNominationCommand(id, Reason ?? ""), "推荐已撤回。", ct);
    public Task<IActionResult> OnPostConferAsync(int id, CancellationToken ct) => StepAsync(id, new ConferNominationCommand(id), "已授予。", ct);

    public Task<IActionResult> OnPostResolveAsync(int id, int objectionId, bool upheld, CancellationToken ct) =>
        StepAsync(id, new ResolveObjectionCommand(id, objectionId, upheld, Decision ?? ""), upheld ? "异议成立，推荐已驳回。" : "异议不成立，公示继续。", ct);

    private async Task<IActionResult> StepAsync<T>(int id, IRequest<T> command, string flash, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "");
        if (ok)
        {
            TempData["Flash"] = flash;
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Nomination = await mediator.Send(new GetNominationQuery(id), ct);
        if (Nomination.May.Review) Reviewers = await mediator.Send(new ListReviewersQuery(), ct);
    }
}
