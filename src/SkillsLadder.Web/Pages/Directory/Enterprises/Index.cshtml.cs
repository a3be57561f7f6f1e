using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Directory.Enterprises;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Industry { get; set; }
    // From the query string: "page" is also Razor Pages' ambient route value (the page's own path).
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<EnterpriseListItem> Result { get; private set; } = null!;
    public ReferenceData Reference { get; private set; } = null!;
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path,
        new Dictionary<string, string?> { ["q"] = Q, ["industry"] = Industry?.ToString() });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await mediator.Send(new ListEnterprisesQuery { Search = Q, IndustryId = Industry, Page = PageNumber }, ct);
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
    }
}
