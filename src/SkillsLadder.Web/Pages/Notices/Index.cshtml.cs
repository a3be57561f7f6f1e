using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Notices;

/// <summary>
/// The public notice (公示), open to anyone: nominations on notice and, for each, a written real-name objection form.
/// Posting is rate-limited per address like sign-in; refusals (early, late, anonymous, repeated) show their reason.
/// </summary>
[AllowAnonymous, EnableRateLimiting(AuthSetup.SignInRateLimit)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty] public FileObjectionCommand Command { get; set; } = new();
    public IReadOnlyList<NoticeItem> Notices { get; private set; } = [];
    /// <summary>The nomination whose form was posted and refused: its form stays open with the messages.</summary>
    public int? Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Notices = await mediator.Send(new ListNoticesQuery(), ct);

    public async Task<IActionResult> OnPostAsync(int nominationId, CancellationToken ct)
    {
        Command = Command with { NominationId = nominationId };
        var result = await this.SubmitAsync(mediator, Command, _ => ("异议已收到，我们将依法核实处理并告知结果。", (IActionResult)RedirectToPage()), () => OnGetAsync(ct));
        if (result is PageResult)
        {
            Failed = nominationId;
            // The ID number is never echoed back into the form.
            ModelState.Remove($"{nameof(Command)}.{nameof(Command.IdNumber)}");
            Command = Command with { IdNumber = "" };
        }
        return result;
    }
}
