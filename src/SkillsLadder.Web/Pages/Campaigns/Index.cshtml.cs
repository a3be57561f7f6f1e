using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>Every labour campaign, newest first, filtered by name or project and by status.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public CampaignStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<CampaignListItem> Result { get; private set; } = null!;
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path,
        new Dictionary<string, string?> { ["q"] = Q, ["status"] = Status?.ToString() });

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await mediator.Send(new ListCampaignsQuery { Search = Q, Status = Status, Page = PageNumber }, ct);
}
