using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Directory.Workers;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Enterprise { get; set; }
    [BindProperty(SupportsGet = true)] public int? Level { get; set; }
    // From the query string: "page" is also Razor Pages' ambient route value (the page's own path).
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<WorkerListItem> Result { get; private set; } = null!;
    public ReferenceData Reference { get; private set; } = null!;
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path,
        new Dictionary<string, string?> { ["q"] = Q, ["enterprise"] = Enterprise?.ToString(), ["level"] = Level?.ToString() });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await mediator.Send(new ListWorkersQuery { Search = Q, EnterpriseId = Enterprise, SkillLevelId = Level, Page = PageNumber }, ct);
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
    }
}
