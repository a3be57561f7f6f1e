using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>One version of the ladder policy (null: the one in force today), its routes grouped by level and occupation.</summary>
public sealed record GetLadderPolicyQuery(int? Number) : IRequest<LadderPolicyDetails>;

public sealed record LadderPolicyDetails
{
    public int Number { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public int Tier1MinLevelRank { get; init; }
    public int Tier2MinLevelRank { get; init; }
    public string? Note { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public bool InForce { get; init; }
    /// <summary>Every route as a table row, in level order (what the "save as new version" form starts from).</summary>
    public IReadOnlyList<LevelRouteLine> Routes { get; init; } = [];
    /// <summary>The same routes per level of the ladder: the general ones, then each occupation's own (which replace them).</summary>
    public IReadOnlyList<LevelRoutes> Levels { get; init; } = [];

    public LevelNames LevelNames() => new(Levels.ToDictionary(l => l.Rank, l => (l.NameZh, l.NameEn)));
}

public sealed record LevelRoutes(int Rank, string NameZh, string NameEn, IReadOnlyList<LevelRouteLine> General,
    IReadOnlyList<OccupationRoutes> Occupations)
{
    /// <summary>No route at all: the level is appointed inside the enterprise (评聘).</summary>
    public bool ByAppointmentOnly => General.Count == 0 && Occupations.Count == 0;
}

public sealed record OccupationRoutes(int OccupationId, string Code, string Name, IReadOnlyList<LevelRouteLine> Routes);

public sealed class GetLadderPolicyHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetLadderPolicyQuery, LadderPolicyDetails>
{
    public async Task<LadderPolicyDetails> Handle(GetLadderPolicyQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanReadPolicy();
        var inForce = await db.PolicyInForceAsync(clock.Today(), cancellationToken);
        var policy = request.Number is not { } number || number == inForce.Number ? inForce
            : await db.LadderPolicies.AsNoTracking().Include(p => p.Routes).SingleOrDefaultAsync(p => p.Number == number, cancellationToken)
              ?? throw new NotFoundException(nameof(LadderPolicy), number);
        var levels = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(cancellationToken);
        var occupationIds = policy.Routes.Where(r => r.OccupationId is not null).Select(r => r.OccupationId!.Value).Distinct().ToList();
        var occupations = await db.Occupations.AsNoTracking().Where(o => occupationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var routes = policy.Routes.OrderBy(r => r.TargetLevelRank).ThenBy(r => r.OccupationId is not null)
            .ThenBy(r => r.OccupationId).ThenBy(r => r.IsExemption).ThenBy(r => r.Id).ToList();

        return new LadderPolicyDetails
        {
            Number = policy.Number, EffectiveFrom = policy.EffectiveFrom, Note = policy.Note, CreatedBy = policy.CreatedBy, CreatedAt = policy.CreatedAt,
            Tier1MinLevelRank = policy.Tier1MinLevelRank, Tier2MinLevelRank = policy.Tier2MinLevelRank, InForce = policy.Number == inForce.Number,
            Routes = routes.Select(LevelRouteLine.From).ToList(),
            Levels = levels.Select(level => new LevelRoutes(level.Rank, level.NameZh, level.NameEn,
                routes.Where(r => r.TargetLevelRank == level.Rank && r.OccupationId is null).Select(LevelRouteLine.From).ToList(),
                routes.Where(r => r.TargetLevelRank == level.Rank && r.OccupationId is not null).GroupBy(r => r.OccupationId!.Value)
                    .Select(g => new OccupationRoutes(g.Key, occupations[g.Key].Code, occupations[g.Key].Name, g.Select(LevelRouteLine.From).ToList()))
                    .OrderBy(o => o.Code).ToList())).ToList(),
        };
    }
}
