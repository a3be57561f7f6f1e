using MediatR;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>People per level at each year's end, from the level history.</summary>
public sealed class YearsModel(IMediator mediator) : TalentReportPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? FromYear { get; set; }
    [BindProperty(SupportsGet = true)] public int? ToYear { get; set; }

    public override TalentReportKind Kind => TalentReportKind.Years;
    public IReadOnlyList<YearTalent>? Years { get; private set; }

    protected override IEnumerable<KeyValuePair<string, string?>> ReportParameters() =>
        [new("fromYear", FromYear?.ToString()), new("toYear", ToYear?.ToString())];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadReferenceAsync(ct);
        Years = (await this.TrySendAsync(Mediator, new GetTalentByYearQuery
            { IndustryId = Industry, EnterpriseId = Enterprise, OccupationId = Occupation, FromYear = FromYear, ToYear = ToYear }, "Filter")).Result;
    }
}
