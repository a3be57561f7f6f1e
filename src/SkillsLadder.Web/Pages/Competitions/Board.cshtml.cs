using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Web.Pages.Competitions.Results;

namespace SkillsLadder.Web.Pages.Competitions;

/// <summary>The jury's live board: the live rows while marking runs, else the newest snapshot, with the component columns; kept current by board.js.</summary>
public sealed class BoardModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public JuryStandings Standings { get; private set; } = null!;
    public BoardTable Table => BoardTable.ForJury(Standings);

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Standings = (await mediator.Send(new GetJuryBoardQuery(id), ct))!;
    }
}
