using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Features.TalentReports;

/// <summary>People per tier by industry (of the enterprise they work for), largest industries first.</summary>
public sealed record GetTalentByIndustryQuery : IRequest<IReadOnlyList<IndustryTalent>>, ITalentFilter
{
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
}

public sealed record IndustryTalent(int IndustryId, string Code, string Name, TalentCounts Counts);

public sealed class GetTalentByIndustryValidator : AbstractValidator<GetTalentByIndustryQuery>
{
    public GetTalentByIndustryValidator() => this.AddFilterRules();
}

public sealed class GetTalentByIndustryHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<GetTalentByIndustryQuery, IReadOnlyList<IndustryTalent>>
{
    public async Task<IReadOnlyList<IndustryTalent>> Handle(GetTalentByIndustryQuery request, CancellationToken cancellationToken)
    {
        var rows = await db.Workers(user, request).AsNoTracking()
            .GroupBy(w => w.Enterprise!.IndustryId)
            .Select(g => new TalentGroupRow<int>
            {
                Key = g.Key, Total = g.Count(), WithLevel = g.Count(w => w.CurrentSkillLevelId != null),
                Tier1 = g.Count(w => w.Tier == TalentTier.SkilledWorker), Tier2 = g.Count(w => w.Tier == TalentTier.HighSkilledWorker),
                Tier3 = g.Count(w => w.Tier == TalentTier.Craftsman),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Key).ToList();
        var industries = await db.Industries.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return rows.Select(r => new IndustryTalent(r.Key, industries[r.Key].Code, industries[r.Key].Name, r.Counts))
            .OrderByDescending(r => r.Counts.Total).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}
