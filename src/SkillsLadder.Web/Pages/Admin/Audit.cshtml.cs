using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Audit;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Admin;

public sealed class AuditModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    // From the query string: "page" is also Razor Pages' ambient route value (the page's own path).
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<AuditEntryItem> Result { get; private set; } = null!;
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path,
        new Dictionary<string, string?> { ["type"] = Type, ["id"] = Id, ["actor"] = Actor });

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListAuditEntriesQuery { EntityType = Type, EntityId = Id, Actor = Actor, Page = PageNumber, PageSize = 50 }, ct);
}
