using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Honours.Catalogue;

/// <summary>The honour catalogue: admins edit it, HR and organizers read it.</summary>
[Authorize(Policy = AuthSetup.DirectoryPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<HonourTypeDto> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Types = await mediator.Send(new ListHonourTypesQuery(), ct);
}
