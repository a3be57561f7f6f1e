using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Web.Infrastructure;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Honours.Nominations;

/// <summary>The review queue with filters and paging; enterprise HR sees its own workers' nominations only.</summary>
[Authorize(Policy = AuthSetup.DirectoryPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public NominationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Honour { get; set; }
    [BindProperty(SupportsGet = true)] public NominationSource? Source { get; set; }
    [BindProperty(SupportsGet = true)] public int? Enterprise { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<NominationListItem> Result { get; private set; } = null!;
    public IReadOnlyList<HonourTypeDto> Honours { get; private set; } = [];
    public ReferenceData Reference { get; private set; } = null!;
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path, new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(), ["honour"] = Honour?.ToString(), ["source"] = Source?.ToString(), ["enterprise"] = Enterprise?.ToString(),
        ["mine"] = Mine ? "true" : null, ["q"] = Q,
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await mediator.Send(new ListNominationsQuery
        {
            Status = Status, HonourTypeId = Honour, Source = Source, EnterpriseId = Enterprise, AssignedToMe = Mine, Search = Q, Page = PageNumber,
        }, ct);
        Honours = await mediator.Send(new ListHonourTypesQuery(), ct);
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
    }

    /// <summary>The notice-end batch by hand (a job may run the same command).</summary>
    public Task<IActionResult> OnPostConferDueAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, new ConferDueNominationsCommand(),
            r => (r.WaitingForObjections == 0 ? $"已授予 {r.Conferred} 条。" : $"已授予 {r.Conferred} 条；{r.WaitingForObjections} 条尚有异议未处理。",
                (IActionResult)RedirectToPage()), () => OnGetAsync(ct), prefix: "");
}
