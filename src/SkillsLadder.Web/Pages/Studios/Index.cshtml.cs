using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Studios;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Pages.Studios;

/// <summary>Every studio, for everyone signed in: they are the city's honours. The federation also gets "new".</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public StudioKind? Kind { get; set; }
    public StudioList Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListStudiosQuery(Kind), ct);
}
