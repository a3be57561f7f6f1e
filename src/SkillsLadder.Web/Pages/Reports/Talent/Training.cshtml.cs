using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>Hours trained in a year per tier and per industry, for the readers of the talent reports.</summary>
[Authorize(Policy = AuthSetup.DirectoryPolicy)]
public sealed class TrainingModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public TrainingHoursReport? Report { get; private set; }
    public IEnumerable<int> Years => Enumerable.Range(0, 5).Select(i => clock.GetUtcNow().AddHours(8).Year - i);

    public async Task OnGetAsync() =>
        Report = (await this.TrySendAsync(mediator, new GetTrainingHoursReportQuery { Year = Year }, "Filter")).Result;
}
