using MediatR;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Reports.Talent;

/// <summary>People per tier and per level, and the same by industry.</summary>
public sealed class IndexModel(IMediator mediator) : TalentReportPageModel(mediator)
{
    public override TalentReportKind Kind => TalentReportKind.Overview;
    public TalentOverview? Overview { get; private set; }
    public IReadOnlyList<IndustryTalent> Industries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadReferenceAsync(ct);
        (_, Overview) = await this.TrySendAsync(Mediator, new GetTalentOverviewQuery { IndustryId = Industry, EnterpriseId = Enterprise, OccupationId = Occupation }, "Filter");
        if (Overview is not null)
            Industries = (await this.TrySendAsync(Mediator, new GetTalentByIndustryQuery { IndustryId = Industry, EnterpriseId = Enterprise, OccupationId = Occupation }, "Filter")).Result ?? [];
    }
}
