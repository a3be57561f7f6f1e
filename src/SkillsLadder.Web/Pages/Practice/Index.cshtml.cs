using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Practice;

/// <summary>网上练兵: the rounds open to the worker, with a start button; managers also reach the banks and a new round.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<PracticeRoundItem> Rounds { get; private set; } = [];
    public bool Manages => user.ManagesPractice();
    public bool IsWorker => user.WorkerId is not null;

    public async Task OnGetAsync(CancellationToken ct) => Rounds = await mediator.Send(new ListPracticeRoundsQuery(), ct);

    /// <summary>Start (or resume: the same attempt comes back) and go to the answer sheet.</summary>
    public async Task<IActionResult> OnPostStartAsync(int roundId, CancellationToken ct)
    {
        var (ok, attempt) = await this.TrySendAsync(mediator, new StartPracticeAttemptCommand(roundId));
        if (ok) return RedirectToPage("Attempt", new { id = attempt!.Id });
        Rounds = await mediator.Send(new ListPracticeRoundsQuery(), ct);
        return Page();
    }
}
