using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Ladder;

/// <summary>A worker's place on the ladder. Open to every signed-in user; the query lets each see only whom they may.</summary>
public sealed class WorkerModel(IMediator mediator) : PageModel
{
    public WorkerProgressView Progress { get; private set; } = null!;
    public LadderPicture Picture { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Progress = await mediator.Send(new GetWorkerProgressQuery(id), ct);
        Picture = new LadderPicture(Progress);
    }

    /// <summary>Reading is not marking read: the worker says so, and only what they were shown (up to that id) is marked.</summary>
    public async Task<IActionResult> OnPostMarkReadAsync(int id, long upToId, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new MarkWorkerMessagesReadCommand(id, upToId));
        if (ok) TempData["Flash"] = "消息已标为已读。";
        return RedirectToPage(new { id });
    }
}
