using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Mentoring;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>Master–apprentice work by industry and enterprise: active pairs, completions in the year, levels gained.</summary>
public sealed class MentoringModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public MentoringReport? Report { get; private set; }

    public async Task OnGetAsync() => Report = (await this.TrySendAsync(mediator, new GetMentoringReportQuery(Year), "Filter")).Result;
}
