using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Features.TalentReports;

public enum FlowPeriod
{
    Year,
    Month,
}

/// <summary>
/// Flows between tiers over time: the dated tier changes counted per period and (from, to), grouped in the database.
/// A first rating counts as a flow from 未评定. Default: the last five calendar years by year.
/// </summary>
public sealed record GetTierFlowsQuery : IRequest<TierFlows>, ITalentFilter
{
    public const int MaxDays = 366 * 20;
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public FlowPeriod? By { get; init; }
}

public sealed record TierFlows(DateOnly From, DateOnly To, FlowPeriod By, IReadOnlyList<TierFlow> Flows)
{
    public int Up => Flows.Where(f => f.To > f.From).Sum(f => f.Count);
    public int Down => Flows.Where(f => f.To < f.From).Sum(f => f.Count);
}

/// <param name="Period">"2026" by year, "2026-03" by month.</param>
public sealed record TierFlow(string Period, TalentTier From, TalentTier To, string FromZh, string ToZh, int Count);

public sealed class GetTierFlowsValidator : AbstractValidator<GetTierFlowsQuery>
{
    public GetTierFlowsValidator()
    {
        this.AddFilterRules();
        RuleFor(q => q.By).IsInEnum().WithMessage("统计周期应为 Year 或 Month。");
        RuleFor(q => q.From).LessThanOrEqualTo(q => q.To).When(q => q.From is not null && q.To is not null).WithMessage("开始日期不能晚于结束日期。");
        RuleFor(q => q.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= GetTierFlowsQuery.MaxDays)
            .When(q => q.From is not null && q.To is not null).WithMessage("统计区间最长 20 年。");
    }
}

public sealed class GetTierFlowsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetTierFlowsQuery, TierFlows>
{
    public async Task<TierFlows> Handle(GetTierFlowsQuery request, CancellationToken cancellationToken)
    {
        var last = request.To ?? clock.Today();
        var first = request.From ?? new DateOnly(last.Year - 4, 1, 1);
        var by = request.By ?? FlowPeriod.Year;
        var workers = db.Workers(user, request);
        var changes = from c in db.WorkerTierChanges.AsNoTracking()
            join w in workers on c.WorkerId equals w.Id
            where c.EffectiveOn >= first && c.EffectiveOn <= last
            select c;
        var rows = by == FlowPeriod.Month
            ? await changes.GroupBy(c => new { c.EffectiveOn.Year, c.EffectiveOn.Month, c.FromTier, c.ToTier })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.FromTier, g.Key.ToTier, Count = g.Count() }).ToListAsync(cancellationToken)
            : await changes.GroupBy(c => new { c.EffectiveOn.Year, c.FromTier, c.ToTier })
                .Select(g => new { g.Key.Year, Month = 0, g.Key.FromTier, g.Key.ToTier, Count = g.Count() }).ToListAsync(cancellationToken);
        var flows = rows
            .OrderBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.FromTier).ThenBy(r => r.ToTier)
            .Select(r => new TierFlow(r.Month == 0 ? $"{r.Year:D4}" : $"{r.Year:D4}-{r.Month:D2}", r.FromTier, r.ToTier,
                TierNames.Zh(r.FromTier), TierNames.Zh(r.ToTier), r.Count))
            .ToList();
        return new TierFlows(first, last, by, flows);
    }
}
