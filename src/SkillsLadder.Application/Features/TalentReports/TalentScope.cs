using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.TalentReports;

/// <summary>The filters every talent report takes: industry, enterprise and occupation (each optional).</summary>
public interface ITalentFilter
{
    int? IndustryId { get; }
    int? EnterpriseId { get; }
    int? OccupationId { get; }
}

/// <summary>
/// Who reads the talent reports: admins, organizers and federation HR reviewers the whole city; an enterprise's HR only
/// its own enterprise (asking for another is refused, not silently narrowed); workers and judges nothing.
/// Workers are counted where they work now (the directory keeps no enterprise history).
/// </summary>
public static class TalentScope
{
    public static IQueryable<Worker> Workers(this SkillsLadderDbContext db, ICurrentUser user, ITalentFilter filter)
    {
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您无权查看人才统计报表。");
        var enterpriseId = filter.EnterpriseId;
        if (user.EnterpriseScope() is { } own)
        {
            if (enterpriseId is { } asked && asked != own) throw new ForbiddenException("您只能查看本企业的人才统计。");
            enterpriseId = own;
        }
        var workers = db.Workers.AsQueryable();
        if (enterpriseId is { } e) workers = workers.Where(w => w.EnterpriseId == e);
        if (filter.IndustryId is { } i) workers = workers.Where(w => w.Enterprise!.IndustryId == i);
        if (filter.OccupationId is { } o) workers = workers.Where(w => w.OccupationId == o);
        return workers;
    }

    public static void AddFilterRules<T>(this AbstractValidator<T> validator) where T : ITalentFilter
    {
        validator.RuleFor(q => q.IndustryId).GreaterThan(0).WithMessage("行业编号应为正整数。");
        validator.RuleFor(q => q.EnterpriseId).GreaterThan(0).WithMessage("企业编号应为正整数。");
        validator.RuleFor(q => q.OccupationId).GreaterThan(0).WithMessage("职业编号应为正整数。");
    }
}

/// <summary>
/// Head counts of one group of workers. High-skilled share = tier 2 or 3 (高技能人才 and 工匠人才) over all workers who
/// hold a level, as a percentage with one decimal; null when nobody holds a level.
/// </summary>
public sealed record TalentCounts(int Total, int WithLevel, int SkilledWorkers, int HighSkilledWorkers, int Craftsmen)
{
    public int Unrated => Total - SkilledWorkers - HighSkilledWorkers - Craftsmen;
    public int HighSkilled => HighSkilledWorkers + Craftsmen;
    public decimal? HighSkilledSharePercent => WithLevel == 0 ? null : Math.Round(100m * HighSkilled / WithLevel, 1);

    public int Of(TalentTier tier) => tier switch
    {
        TalentTier.SkilledWorker => SkilledWorkers,
        TalentTier.HighSkilledWorker => HighSkilledWorkers,
        TalentTier.Craftsman => Craftsmen,
        _ => Unrated,
    };
}

/// <summary>What one GROUP BY row counts; each report groups by its own key and maps to <see cref="TalentCounts"/>.</summary>
public sealed class TalentGroupRow<TKey>
{
    public TKey Key { get; init; } = default!;
    public int Total { get; init; }
    public int WithLevel { get; init; }
    public int Tier1 { get; init; }
    public int Tier2 { get; init; }
    public int Tier3 { get; init; }

    public TalentCounts Counts => new(Total, WithLevel, Tier1, Tier2, Tier3);
}
