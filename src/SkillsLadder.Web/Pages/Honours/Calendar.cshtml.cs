using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Honours;

/// <summary>The working calendar for notice periods: a year's holidays and make-up working days, kept by admins.</summary>
[Authorize(Policy = AuthSetup.AdminPolicy)]
public sealed class CalendarModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public AddCalendarDayCommand Command { get; set; } = new();
    public IReadOnlyList<CalendarDayDto> Days { get; private set; } = [];
    public int ShownYear => Year ?? clock.Today().Year;

    public async Task OnGetAsync(CancellationToken ct) => Days = await mediator.Send(new ListCalendarDaysQuery(ShownYear), ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, date => ("已加入日历。", (IActionResult)RedirectToPage(new { year = date.Year })), () => OnGetAsync(ct));

    public Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct) =>
        this.SubmitAsync(mediator, new RemoveCalendarDayCommand(date), d => ("已从日历删除。", (IActionResult)RedirectToPage(new { year = d.Year })),
            () => OnGetAsync(ct), prefix: "");
}
