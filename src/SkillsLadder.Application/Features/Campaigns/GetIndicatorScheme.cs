using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

public sealed record GetIndicatorSchemeQuery(int CampaignId) : IRequest<IndicatorSchemesView>;

/// <summary>
/// Every version of a campaign's scheme, newest first, each with the periods it applies to, plus what a new version
/// may start from: the first period without any assessment (<see cref="FirstUnassessedPeriod"/>).
/// </summary>
public sealed record IndicatorSchemesView(int CampaignId, int LatestNumber, int FirstUnassessedPeriod, IReadOnlyList<PeriodChoice> Periods,
    IReadOnlyList<SchemeVersionView> Versions)
{
    public SchemeVersionView? Latest => Versions.FirstOrDefault();
}

public sealed record PeriodChoice(int Number, string Label);

public sealed record SchemeVersionView(int Id, int Number, int FromPeriodNumber, string CreatedBy, DateTime CreatedAt,
    IReadOnlyList<string> AppliesTo, IndicatorSchemeInput Scheme);

public sealed class GetIndicatorSchemeHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetIndicatorSchemeQuery, IndicatorSchemesView>
{
    public async Task<IndicatorSchemesView> Handle(GetIndicatorSchemeQuery request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        var periods = campaign.Periods.OrderBy(p => p.Number).ToList();
        var applies = periods.GroupBy(p => campaign.SchemeFor(p)?.Id ?? 0).ToDictionary(g => g.Key, g => g.Select(p => p.Label).ToList());
        var versions = campaign.Schemes.OrderByDescending(s => s.Number)
            .Select(s => new SchemeVersionView(s.Id, s.Number, s.FromPeriodNumber, s.CreatedBy, s.CreatedAt,
                applies.GetValueOrDefault(s.Id) ?? [], IndicatorSchemeInput.From(s.Definition())))
            .ToList();
        return new IndicatorSchemesView(campaign.Id, versions.FirstOrDefault()?.Number ?? 0,
            await db.FirstUnassessedPeriodAsync(campaign.Id, cancellationToken),
            periods.Select(p => new PeriodChoice(p.Number, p.Label)).ToList(), versions);
    }
}
