using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>Every saved version of the ladder policy, newest first, with the one in force today marked.</summary>
public sealed record ListLadderPoliciesQuery : IRequest<IReadOnlyList<LadderPolicySummary>>;

public sealed record LadderPolicySummary(int Number, DateOnly EffectiveFrom, string CreatedBy, DateTime CreatedAt, string? Note,
    int RouteCount, bool InForce, bool Upcoming);

public sealed class ListLadderPoliciesHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListLadderPoliciesQuery, IReadOnlyList<LadderPolicySummary>>
{
    public async Task<IReadOnlyList<LadderPolicySummary>> Handle(ListLadderPoliciesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanReadPolicy();
        var today = clock.Today();
        var inForce = (await db.PolicyInForceAsync(today, cancellationToken)).Number;
        var rows = await db.LadderPolicies.AsNoTracking().OrderByDescending(p => p.Number)
            .Select(p => new { p.Number, p.EffectiveFrom, p.CreatedBy, p.CreatedAt, p.Note, Routes = p.Routes.Count })
            .ToListAsync(cancellationToken);
        return rows.Select(p => new LadderPolicySummary(p.Number, p.EffectiveFrom, p.CreatedBy, p.CreatedAt, p.Note, p.Routes,
            p.Number == inForce, p.EffectiveFrom > today)).ToList();
    }
}
