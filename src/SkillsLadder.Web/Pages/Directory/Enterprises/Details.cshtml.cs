using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Enterprises;

namespace SkillsLadder.Web.Pages.Directory.Enterprises;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public EnterpriseDetails Enterprise { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) =>
        Enterprise = await mediator.Send(new GetEnterpriseQuery(id), ct);
}
