using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Web.Infrastructure;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.CompetitionPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public CompetitionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<CompetitionListItem> Result { get; private set; } = null!;
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path,
        new Dictionary<string, string?> { ["q"] = Q, ["status"] = Status?.ToString() });

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListCompetitionsQuery { Search = Q, Status = Status, Page = PageNumber }, ct);
}
