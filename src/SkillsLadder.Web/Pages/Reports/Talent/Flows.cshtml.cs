using MediatR;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>Flows between tiers per year or month, from the dated tier changes.</summary>
public sealed class FlowsModel(IMediator mediator) : TalentReportPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public FlowPeriod? By { get; set; }

    public override TalentReportKind Kind => TalentReportKind.Flows;
    public TierFlows? Result { get; private set; }

    protected override IEnumerable<KeyValuePair<string, string?>> ReportParameters() =>
        [new("from", From?.ToString("yyyy-MM-dd")), new("to", To?.ToString("yyyy-MM-dd")), new("by", By?.ToString())];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadReferenceAsync(ct);
        Result = (await this.TrySendAsync(Mediator, new GetTierFlowsQuery
            { IndustryId = Industry, EnterpriseId = Enterprise, OccupationId = Occupation, From = From, To = To, By = By }, "Filter")).Result;
    }
}
