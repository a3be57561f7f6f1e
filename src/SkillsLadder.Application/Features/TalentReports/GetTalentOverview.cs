using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Features.TalentReports;

/// <summary>People per tier and per current level, with the high-skilled share: one GROUP BY over the workers.</summary>
public sealed record GetTalentOverviewQuery : IRequest<TalentOverview>, ITalentFilter
{
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
}

public sealed record TalentOverview(TalentCounts Counts, IReadOnlyList<TierCount> Tiers, IReadOnlyList<LevelCount> Levels);

public sealed record TierCount(TalentTier Tier, string NameZh, string NameEn, int Count);

/// <param name="Rank">Null: workers who hold no level yet.</param>
public sealed record LevelCount(int? Rank, string NameZh, string NameEn, int Count);

public sealed class GetTalentOverviewValidator : AbstractValidator<GetTalentOverviewQuery>
{
    public GetTalentOverviewValidator() => this.AddFilterRules();
}

public sealed class GetTalentOverviewHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetTalentOverviewQuery, TalentOverview>
{
    public async Task<TalentOverview> Handle(GetTalentOverviewQuery request, CancellationToken cancellationToken)
    {
        var groups = await db.Workers(user, request).AsNoTracking()
            .GroupBy(w => new { w.Tier, w.CurrentSkillLevelId })
            .Select(g => new { g.Key.Tier, g.Key.CurrentSkillLevelId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var levels = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(cancellationToken);

        int Tier(TalentTier tier) => groups.Where(g => g.Tier == tier).Sum(g => g.Count);
        var counts = new TalentCounts(groups.Sum(g => g.Count), groups.Where(g => g.CurrentSkillLevelId != null).Sum(g => g.Count),
            Tier(TalentTier.SkilledWorker), Tier(TalentTier.HighSkilledWorker), Tier(TalentTier.Craftsman));
        var tiers = Enum.GetValues<TalentTier>().Select(t => new TierCount(t, TierNames.Zh(t), TierNames.En(t), counts.Of(t))).ToList();
        var perLevel = levels.Select(l => new LevelCount(l.Rank, l.NameZh, l.NameEn,
                groups.Where(g => g.CurrentSkillLevelId == l.Id).Sum(g => g.Count)))
            .Append(new LevelCount(null, "无等级", "No level", counts.Total - counts.WithLevel)).ToList();
        return new TalentOverview(counts, tiers, perLevel);
    }
}
