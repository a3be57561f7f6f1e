using MediatR;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Web.Infrastructure;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>Enterprises with the most high-skilled people first (or the largest), paged.</summary>
public sealed class EnterprisesModel(IMediator mediator) : TalentReportPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public EnterpriseTalentSort? Sort { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public override TalentReportKind Kind => TalentReportKind.Enterprises;
    public PagedList<EnterpriseTalent>? Result { get; private set; }
    public PagerModel Pager => new(Result!.Page, Result.PageCount, Result.TotalCount, Request.Path, LinkFilters);

    protected override IEnumerable<KeyValuePair<string, string?>> ReportParameters() => [new("sort", Sort?.ToString())];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadReferenceAsync(ct);
        Result = (await this.TrySendAsync(Mediator, new GetTalentByEnterpriseQuery
            { IndustryId = Industry, EnterpriseId = Enterprise, OccupationId = Occupation, Sort = Sort, Page = PageNumber }, "Filter")).Result;
    }
}
