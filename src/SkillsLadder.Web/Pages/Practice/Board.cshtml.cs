using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Pages.Practice;

/// <summary>A round's board for every signed-in user: a tab per scope, the top 100 and the viewer's own line.</summary>
public sealed class BoardModel(IMediator mediator) : PageModel
{
    public PracticeBoardView Board { get; private set; } = null!;

    public async Task OnGetAsync(int roundId, BoardScope scope = BoardScope.Person, CancellationToken ct = default) =>
        Board = await mediator.Send(new GetPracticeBoardQuery(roundId, Enum.IsDefined(scope) ? scope : BoardScope.Person), ct);
}
