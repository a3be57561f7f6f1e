using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Results;

namespace SkillsLadder.Web.Pages.Competitions.Results;

/// <summary>One entrant's marks from raw values to the standardised total, side by side.</summary>
public sealed class EntrantModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public EntrantBreakdown Breakdown { get; private set; } = null!;

    public async Task OnGetAsync(int id, int entrantId, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Breakdown = await mediator.Send(new GetEntrantBreakdownQuery(id, entrantId), ct);
    }

    public static string Use(ValueUse use) => use switch
    {
        ValueUse.Used => "计入",
        ValueUse.Dropped => "去掉",
        ValueUse.Recused => "回避",
        _ => "未计入",
    };
}
