using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>A new campaign in preparation; the next steps (participants, periods, scheme) are its tabs.</summary>
public sealed class NewModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty] public CreateCampaignCommand Command { get; set; } = new();

    public void OnGet()
    {
        // The common shape: a calendar-year campaign starting next month, assessed monthly.
        var next = clock.Today().AddMonths(1);
        var start = new DateOnly(next.Year, next.Month, 1);
        Command = Command with { StartsOn = start, EndsOn = new DateOnly(start.Year, 12, 31) };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ("劳动竞赛已创建。", RedirectToPage("Details", new { id })), () => Task.CompletedTask);
}
