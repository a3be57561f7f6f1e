using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.TalentReports;

/// <summary>
/// People per level at each year's end (31 December; today for the current year), read from the dated level history:
/// a worker counts at the level of their latest change effective on or before that day, so the table shows how the
/// workforce climbed, including years before this system rated anyone. High-skilled here is by level alone (rank at
/// or above the tier-2 threshold of the policy in force that day): the honours behind tier 3 are in the flows report.
/// One GROUP BY per year (at most <see cref="MaxYears"/>), each with an anti-join that picks the latest change.
/// </summary>
public sealed record GetTalentByYearQuery : IRequest<IReadOnlyList<YearTalent>>, ITalentFilter
{
    public const int MaxYears = 15;
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
    /// <summary>Default: five years up to ToYear.</summary>
    public int? FromYear { get; init; }
    /// <summary>Default: the current year.</summary>
    public int? ToYear { get; init; }
}

public sealed record YearTalent(int Year, DateOnly AsOf, int WithLevel, int HighSkilled, decimal? HighSkilledSharePercent,
    IReadOnlyList<LevelCount> Levels);

public sealed class GetTalentByYearValidator : AbstractValidator<GetTalentByYearQuery>
{
    public GetTalentByYearValidator(TimeProvider clock)
    {
        this.AddFilterRules();
        RuleFor(q => q.FromYear).InclusiveBetween(1990, 2100).WithMessage("起始年份应在 1990–2100 之间。");
        RuleFor(q => q.ToYear).InclusiveBetween(1990, 2100).WithMessage("截止年份应在 1990–2100 之间。")
            .LessThanOrEqualTo(_ => clock.Today().Year).WithMessage("截止年份不能晚于今年。");
        RuleFor(q => q.FromYear).LessThanOrEqualTo(q => q.ToYear).When(q => q.ToYear is not null).WithMessage("起始年份不能晚于截止年份。");
        RuleFor(q => q).Must(q => (q.ToYear ?? clock.Today().Year) - (q.FromYear ?? 0) < GetTalentByYearQuery.MaxYears || q.FromYear is null)
            .WithName("FromYear").WithMessage($"一次最多统计 {GetTalentByYearQuery.MaxYears} 年。");
    }
}

public sealed class GetTalentByYearHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetTalentByYearQuery, IReadOnlyList<YearTalent>>
{
    public async Task<IReadOnlyList<YearTalent>> Handle(GetTalentByYearQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var to = request.ToYear ?? today.Year;
        var from = request.FromYear ?? to - 4;
        var workers = db.Workers(user, request).AsNoTracking();
        var levels = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(cancellationToken);
        var years = new List<YearTalent>();
        for (var year = from; year <= to; year++)
        {
            var end = year == today.Year ? today : new DateOnly(year, 12, 31);
            var counts = await (
                    from c in db.WorkerLevelChanges.AsNoTracking()
                    join w in workers on c.WorkerId equals w.Id
                    where c.EffectiveOn <= end && !db.WorkerLevelChanges.Any(d => d.WorkerId == c.WorkerId && d.EffectiveOn <= end
                        && (d.EffectiveOn > c.EffectiveOn || d.EffectiveOn == c.EffectiveOn && d.Id > c.Id))
                    group c by c.SkillLevelId into g
                    select new { LevelId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.LevelId, g => g.Count, cancellationToken);
            var threshold = (await db.PolicyInForceAsync(end, cancellationToken)).Tier2MinLevelRank;
            var perLevel = levels.Select(l => new LevelCount(l.Rank, l.NameZh, l.NameEn, counts.GetValueOrDefault(l.Id))).ToList();
            var withLevel = perLevel.Sum(l => l.Count);
            var high = perLevel.Where(l => l.Rank >= threshold).Sum(l => l.Count);
            years.Add(new YearTalent(year, end, withLevel, high, withLevel == 0 ? null : Math.Round(100m * high / withLevel, 1), perLevel));
        }
        return years;
    }
}
