using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Studios;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Training;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Studios;

/// <summary>
/// One studio. Readers see the roll, projects and reviews; the studio's enterprise HR also keeps the roll and projects
/// (savings typed in yuan, kept to the fen); the federation hands it to a new lead and reviews it once a year.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public StudioDetails Studio { get; private set; } = null!;
    /// <summary>Workers of the studio's enterprise, for the join and lead pickers (only for those who may change the roll).</summary>
    public IReadOnlyList<WorkerListItem> Colleagues { get; private set; } = [];

    [BindProperty] public int WorkerId { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public int Patents { get; set; }
    [BindProperty] public int FiveSmallEntries { get; set; }
    [BindProperty] public string? Savings { get; set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public StudioReviewGrade Grade { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostJoinAsync(int id, CancellationToken ct) => SendAsync(id, new JoinStudioCommand(id, WorkerId, On), "成员已加入。", ct);
    public Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken ct) => SendAsync(id, new LeaveStudioCommand(id, WorkerId, On), "成员已退出。", ct);
    public Task<IActionResult> OnPostLeadAsync(int id, CancellationToken ct) => SendAsync(id, new ChangeStudioLeadCommand(id, WorkerId), "领衔人已变更。", ct);
    public Task<IActionResult> OnPostProjectAsync(int id, CancellationToken ct) =>
        SendAsync(id, new AddStudioProjectCommand(id, Title ?? "", On), "项目已登记。", ct);
    public Task<IActionResult> OnPostResultsAsync(int id, int projectId, CancellationToken ct) =>
        SendAsync(id, new RecordStudioProjectResultsCommand(id, projectId, Patents, FiveSmallEntries, Savings ?? "", On), "项目成果已记录。", ct);
    public Task<IActionResult> OnPostReviewAsync(int id, CancellationToken ct) =>
        SendAsync(id, new ReviewStudioCommand(id, Year, Grade, Note), "年度考核已记录。", ct);

    private async Task<IActionResult> SendAsync<T>(int id, IRequest<T> request, string flash, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (ok, _) = await this.TrySendAsync(mediator, request, prefix: "");
            if (ok)
            {
                TempData["Flash"] = flash;
                return RedirectToPage(new { id });
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Studio = await mediator.Send(new GetStudioQuery(id), ct);
        if (Studio.MayKeepRecords)
            Colleagues = (await mediator.Send(new ListWorkersQuery { EnterpriseId = Studio.EnterpriseId, PageSize = Paging.MaxPageSize }, ct)).Items;
    }
}
