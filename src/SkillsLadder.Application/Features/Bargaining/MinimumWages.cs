using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>The local minimum wage standards, by area then newest first, and which one is in force today.</summary>
public sealed record ListMinimumWagesQuery(string? Area = null) : IRequest<IReadOnlyList<MinimumWageItem>>;

public sealed record MinimumWageItem(int Id, string Area, long MonthlyFen, string MonthlyYuan, DateOnly EffectiveFrom, bool InForce);

public sealed class ListMinimumWagesHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListMinimumWagesQuery, IReadOnlyList<MinimumWageItem>>
{
    public async Task<IReadOnlyList<MinimumWageItem>> Handle(ListMinimumWagesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanSeeBargaining();
        var query = db.MinimumWages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Area)) query = query.Where(w => w.Area == request.Area.Trim());
        var table = await query.ToListAsync(cancellationToken);
        var today = clock.Today();
        var inForce = table.Select(w => w.Area).Distinct().Select(area => MinimumWage.InForce(table, area, today)?.Id).ToHashSet();
        return table.OrderBy(w => w.Area, StringComparer.Ordinal).ThenByDescending(w => w.EffectiveFrom)
            .Select(w => new MinimumWageItem(w.Id, w.Area, w.MonthlyFen, Money.Yuan(w.MonthlyFen), w.EffectiveFrom, inForce.Contains(w.Id)))
            .ToList();
    }
}

/// <summary>The post classes and their floors (seeded 105/120/150/200%); read-only here.</summary>
public sealed record ListPostClassesQuery : IRequest<IReadOnlyList<PostClassItem>>;

public sealed record PostClassItem(int Id, string Code, string NameZh, string NameEn, int FloorPercent, int Order);

public sealed class ListPostClassesHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListPostClassesQuery, IReadOnlyList<PostClassItem>>
{
    public async Task<IReadOnlyList<PostClassItem>> Handle(ListPostClassesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanSeeBargaining();
        return await db.PostClasses.AsNoTracking().OrderBy(c => c.Order)
            .Select(c => new PostClassItem(c.Id, c.Code, c.NameZh, c.NameEn, c.FloorPercent, c.Order)).ToListAsync(cancellationToken);
    }
}
