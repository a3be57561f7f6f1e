using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Mentoring;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Pages.Mentoring;

/// <summary>
/// The pairs the reader is part of or looks after: a worker sees the pairs they mentor or learn in (and signs from
/// there on a phone), enterprise HR its enterprise's, the federation all. HR and admins also get "new".
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public MentoringStatus? Status { get; set; }
    public MentoringPairList Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListMentoringPairsQuery(Status), ct);
}
