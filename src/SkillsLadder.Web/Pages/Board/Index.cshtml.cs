using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Web.Pages.Competitions.Results;

namespace SkillsLadder.Web.Pages.Board;

/// <summary>
/// The public board, for anyone without signing in (a screen in the hall, a phone): the published result, or the live
/// board while marking runs, in public columns only; 404 for a competition not yet in marking.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public PublicStandings Standings { get; private set; } = null!;
    public BoardTable Table => BoardTable.ForPublic(Standings);

    public async Task OnGetAsync(int id, CancellationToken ct) => Standings = (await mediator.Send(new GetPublicStandingsQuery(id), ct))!;
}
