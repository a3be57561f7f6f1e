using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.TalentReports;

public enum EnterpriseTalentSort
{
    /// <summary>Most 高技能人才 and 工匠人才 first (the federation's "top N").</summary>
    HighSkilled,
    Total,
}

/// <summary>People per tier by enterprise, top N first and paged; grouped, sorted and paged in the database.</summary>
public sealed record GetTalentByEnterpriseQuery : IRequest<PagedList<EnterpriseTalent>>, ITalentFilter
{
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
    public EnterpriseTalentSort? Sort { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record EnterpriseTalent(int EnterpriseId, string Name, TalentCounts Counts);

public sealed class GetTalentByEnterpriseValidator : AbstractValidator<GetTalentByEnterpriseQuery>
{
    public GetTalentByEnterpriseValidator()
    {
        this.AddFilterRules();
        RuleFor(q => q.Sort).IsInEnum().WithMessage("排序方式无效。");
    }
}

public sealed class GetTalentByEnterpriseHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<GetTalentByEnterpriseQuery, PagedList<EnterpriseTalent>>
{
    public async Task<PagedList<EnterpriseTalent>> Handle(GetTalentByEnterpriseQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var workers = db.Workers(user, request).AsNoTracking();
        var total = await workers.Select(w => w.EnterpriseId).Distinct().CountAsync(cancellationToken);
        var items = await RankAsync(db, workers, request.Sort ?? EnterpriseTalentSort.HighSkilled, (page - 1) * size, size, cancellationToken);
        return new PagedList<EnterpriseTalent>(items, page, size, total);
    }

    /// <summary>Also used by the export, which takes up to its own limit in one query.</summary>
    public static async Task<List<EnterpriseTalent>> RankAsync(SkillsLadderDbContext db, IQueryable<Worker> workers, EnterpriseTalentSort sort,
        int skip, int take, CancellationToken ct)
    {
        var grouped = workers.GroupBy(w => w.EnterpriseId).Select(g => new TalentGroupRow<int>
        {
            Key = g.Key, Total = g.Count(), WithLevel = g.Count(w => w.CurrentSkillLevelId != null),
            Tier1 = g.Count(w => w.Tier == TalentTier.SkilledWorker), Tier2 = g.Count(w => w.Tier == TalentTier.HighSkilledWorker),
            Tier3 = g.Count(w => w.Tier == TalentTier.Craftsman),
        });
        grouped = sort == EnterpriseTalentSort.Total
            ? grouped.OrderByDescending(r => r.Total).ThenByDescending(r => r.Tier2 + r.Tier3).ThenBy(r => r.Key)
            : grouped.OrderByDescending(r => r.Tier2 + r.Tier3).ThenByDescending(r => r.Total).ThenBy(r => r.Key);
        var rows = await grouped.Skip(skip).Take(take).ToListAsync(ct);
        var ids = rows.Select(r => r.Key).ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return rows.Select(r => new EnterpriseTalent(r.Key, names[r.Key], r.Counts)).ToList();
    }
}
