using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Web.Infrastructure;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Admin;

/// <summary>
/// Background jobs for admins, a thin view over Hangfire: schedules in words and China time, states in Chinese, run
/// now / pause / resume, jobs that failed for good with retry, the paged history, and a link to Hangfire's dashboard.
/// </summary>
public sealed class JobsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public JobOutcome? Outcome { get; set; }
    // From the query string: "page" is also Razor Pages' ambient route value (the page's own path).
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public JobsOverview Overview { get; private set; } = null!;
    public PagedList<JobRunItem> History { get; private set; } = null!;
    public PagerModel Pager => new(History.Page, History.PageCount, History.TotalCount, Request.Path,
        new Dictionary<string, string?> { ["group"] = Group, ["name"] = Name, ["outcome"] = Outcome?.ToString() });

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostRunAsync(string job, string jobGroup) => ActAsync(jobGroup, job, JobAction.Run, "任务已安排立即运行。");
    public Task<IActionResult> OnPostPauseAsync(string job, string jobGroup) => ActAsync(jobGroup, job, JobAction.Pause, "任务已暂停。");
    public Task<IActionResult> OnPostResumeAsync(string job, string jobGroup) => ActAsync(jobGroup, job, JobAction.Resume, "任务已恢复。");

    public Task<IActionResult> OnPostRetryAsync(string jobId) =>
        this.SubmitAsync(mediator, new RetryJobCommand(jobId), _ => ("任务已重新排队。", RedirectToPage()), () => LoadAsync(HttpContext.RequestAborted));

    /// <summary>An instant as China time (UTC+8 all year), which is what every reader of this page lives by.</summary>
    public static string China(DateTime? utc) => utc is { } at ? (at + Application.Common.LocalDate.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss") : "";

    /// <summary>The engine's states in the page's words.</summary>
    public static string StateText(string state) => state switch
    {
        "Waiting" => "等待运行", "Running" => "运行中", "Paused" => "已暂停", "Failed" => "失败待重试", _ => "空闲",
    };

    private Task<IActionResult> ActAsync(string group, string name, JobAction action, string flash) =>
        this.SubmitAsync(mediator, new ControlJobCommand(group, name, action),
            _ => (flash, RedirectToPage()),
            () => LoadAsync(HttpContext.RequestAborted));

    private async Task LoadAsync(CancellationToken ct)
    {
        Overview = await mediator.Send(new ListJobsQuery(), ct);
        History = await mediator.Send(new ListJobRunsQuery { Group = Group, Name = Name, Outcome = Outcome, Page = PageNumber, PageSize = 50 }, ct);
    }
}
