using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>
/// What every talent report page shares: the filters (industry, enterprise, occupation) from the query string, the lists
/// for their selects, and the link to the same report as .xlsx (the API, which answers a signed-in browser too).
/// </summary>
[Authorize(Policy = AuthSetup.DirectoryPolicy)]
public abstract class TalentReportPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Industry { get; set; }
    [BindProperty(SupportsGet = true)] public int? Enterprise { get; set; }
    [BindProperty(SupportsGet = true)] public int? Occupation { get; set; }

    public ReferenceData Reference { get; private set; } = null!;
    protected IMediator Mediator => mediator;

    public abstract TalentReportKind Kind { get; }

    /// <summary>The report's own parameters, as the API and the page links name them.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ReportParameters() => [];

    public string ExportLink => QueryHelpers.AddQueryString($"/api/reports/talent/{Kind.ToString().ToLowerInvariant()}.xlsx",
        Filters("Id").Concat(ReportParameters()).Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>This page's own query string (the pager keeps it), where the filters are named without "Id".</summary>
    public IReadOnlyDictionary<string, string?> LinkFilters => Filters("").Concat(ReportParameters()).ToDictionary();

    protected async Task LoadReferenceAsync(CancellationToken ct) => Reference = await mediator.Send(new GetReferenceDataQuery(), ct);

    private IEnumerable<KeyValuePair<string, string?>> Filters(string suffix) =>
    [
        new("industry" + suffix, Industry?.ToString()), new("enterprise" + suffix, Enterprise?.ToString()), new("occupation" + suffix, Occupation?.ToString()),
    ];
}
