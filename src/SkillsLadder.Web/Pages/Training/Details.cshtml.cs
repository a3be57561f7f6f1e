using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Training;

/// <summary>
/// One programme: its facts, the enrolments the reader may see, and the actions each may take. A worker enrols or
/// withdraws themself; enterprise HR finds its workers by name and enrols them; managers close or cancel the programme
/// and record each trainee's result. Every action posts back here and redirects (PRG), errors in place.
/// </summary>
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }
    [BindProperty] public RecordTrainingResultCommand Result { get; set; } = new();

    public TrainingProgrammeDetails Programme { get; private set; } = null!;
    public PagedList<WorkerListItem>? Candidates { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostEnrolAsync(int id, int? workerId, CancellationToken ct) =>
        ActAsync(id, new EnrolInTrainingCommand(id, workerId), "报名成功。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, int enrolmentId, CancellationToken ct) =>
        ActAsync(id, new WithdrawEnrolmentCommand(enrolmentId), "已退出培训。", ct);

    public Task<IActionResult> OnPostStatusAsync(int id, ProgrammeAction action, int? version, CancellationToken ct) =>
        ActAsync(id, new ChangeProgrammeStatusCommand(id, action, version), action == ProgrammeAction.Cancel ? "培训项目已取消。" : "已截止报名。", ct);

    public Task<IActionResult> OnPostResultAsync(int id, CancellationToken ct) =>
        ActAsync(id, Result, Result.Passed == true ? "考核结果已记录。" : "已记录为未通过。", ct);

    private async Task<IActionResult> ActAsync(int id, MediatR.IRequest<int> request, string flash, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, request, prefix: "");
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
        Programme = await mediator.Send(new GetTrainingProgrammeQuery(id), ct);
        // HR (and the managers) pick workers by name; the directory already limits HR to its own enterprise.
        if (Programme.May.EnrolOthers && !string.IsNullOrWhiteSpace(Find))
            Candidates = await mediator.Send(new ListWorkersQuery { Search = Find, PageSize = 20 }, ct);
    }

    public bool IsManager => user.IsTrainingManager();
}
