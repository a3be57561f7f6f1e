using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Studios;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>Studio output by studio and year: projects, patents, 五小 entries and savings to the fen.</summary>
public sealed class StudiosModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? FromYear { get; set; }
    [BindProperty(SupportsGet = true)] public int? ToYear { get; set; }
    public StudioOutputReport? Report { get; private set; }

    public async Task OnGetAsync() =>
        Report = (await this.TrySendAsync(mediator, new GetStudioOutputReportQuery(FromYear, ToYear), "Filter")).Result;
}
