using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Results;

namespace SkillsLadder.Web.Pages.Competitions.Results;

/// <summary>The judge-disagreement report: each judge's deviation from the panel, harsh and lenient judges labelled.</summary>
public sealed class JudgesModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public JudgeDeviationReport Report { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Report = await mediator.Send(new GetJudgeDeviationsQuery(id), ct);
    }

    public static string Tendency(JudgeTendency tendency) => tendency switch
    {
        JudgeTendency.Harsh => "偏严",
        JudgeTendency.Lenient => "偏宽",
        _ => "",
    };
}
