using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions.Results;

/// <summary>The standings of one snapshot with "why this rank" per row, finalise/publish for organizers, and the history.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public JuryStandings Standings { get; private set; } = null!;
    public IReadOnlyList<SnapshotInfo> History { get; private set; } = [];

    public async Task OnGetAsync(int id, int? snapshotId, CancellationToken ct) => await LoadAsync(id, snapshotId, ct);

    public Task<IActionResult> OnPostFinaliseAsync(int id, int snapshotId, CancellationToken ct) =>
        StepAsync(id, snapshotId, new FinaliseStandingsCommand(id, snapshotId), "排名已确认。", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, int snapshotId, CancellationToken ct) =>
        StepAsync(id, snapshotId, new PublishStandingsCommand(id, snapshotId), "成绩已发布。", ct);

    /// <summary>Nominations from the published result by the ranking rules (the honours area's command; idempotent).</summary>
    public async Task<IActionResult> OnPostNominateAsync(int id, int snapshotId, CancellationToken ct)
    {
        var (ok, result) = await this.TrySendAsync(mediator, new Application.Features.Honours.ProposeNominationsCommand(id), prefix: "");
        if (ok)
        {
            TempData["Flash"] = result!.Message + string.Concat(result.Skipped.Select(s => $" {s}。"));
            return RedirectToPage(new { id, snapshotId });
        }
        await LoadAsync(id, snapshotId, ct);
        return Page();
    }

    private async Task<IActionResult> StepAsync(int id, int snapshotId, IRequest<SnapshotStepResult> command, string flash, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "");
        if (ok)
        {
            TempData["Flash"] = flash;
            return RedirectToPage(new { id, snapshotId });
        }
        await LoadAsync(id, snapshotId, ct);
        return Page();
    }

    private async Task LoadAsync(int id, int? snapshotId, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Standings = (await mediator.Send(new GetStandingsQuery(id, snapshotId), ct))!;
        History = await mediator.Send(new ListStandingsSnapshotsQuery(id), ct);
    }
}
