using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Practice;

/// <summary>
/// The answer sheet: every question on one page (radio buttons, check boxes), a visible deadline, one hand-in button,
/// no script needed. After the hand-in the same page shows the mark, the keys and, once published, the places.
/// </summary>
public sealed class AttemptModel(IMediator mediator) : PageModel
{
    public PracticeAttemptView Attempt { get; private set; } = null!;

    public async Task OnGetAsync(long id, CancellationToken ct) => Attempt = await mediator.Send(new GetPracticeAttemptQuery(id), ct);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        Attempt = await mediator.Send(new GetPracticeAttemptQuery(id), ct);
        // Field q{n} per question; a multiple choice posts one value per ticked box, joined into letters.
        var answers = Attempt.Questions.Select(q => (string?)string.Concat(Request.Form[$"q{q.Number}"].Select(v => v ?? ""))).ToList();
        var (ok, mark) = await this.TrySendAsync(mediator, new HandInPracticeAttemptCommand { AttemptId = id, Answers = answers });
        if (!ok) return Page();
        TempData["Flash"] = $"已交卷：得分 {mark!.Score} / {mark.MaxScore}。";
        return RedirectToPage(new { id });
    }
}
