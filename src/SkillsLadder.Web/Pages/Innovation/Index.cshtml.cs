using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Innovation;

/// <summary>
/// Innovation entries the reader may see, with filters; every signed-in user reaches it (the query narrows it to what
/// each may see). Workers and enterprise HR get the way to submit one.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public InnovationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public InnovationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<InnovationListItem> Result { get; private set; } = null!;
    public bool MaySubmit => user.WorkerId is not null || user.SubmitsForOthers();
    /// <summary>The year filter offers this year and the four before it.</summary>
    public IEnumerable<int> Years => Enumerable.Range(0, 5).Select(i => clock.Today().Year - i);

    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path, new Dictionary<string, string?>
    {
        ["status"] = Status?.ToString(), ["kind"] = Kind?.ToString(), ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A year typed into the address outside the list is shown as no filter rather than an error page.
        if (Year is < 2000 or > 2100) Year = null;
        Result = await mediator.Send(new ListInnovationsQuery { Status = Status, Kind = Kind, Year = Year, Page = PageNumber }, ct);
    }
}
