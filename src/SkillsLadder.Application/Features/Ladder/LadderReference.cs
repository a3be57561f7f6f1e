using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// The reference data every worker page reads and almost nothing changes: the ladder policy versions with their routes,
/// the skill levels and the level ↔ title table. Read once and shared by all requests (the objects are never attached
/// to a context nor changed), instead of three queries and a policy rebuilt per page. A save of any of them on this node
/// drops the copy at once (<see cref="LadderReferenceHook"/>); another node's copy is at most <see cref="Lifetime"/> old.
/// </summary>
public sealed class LadderReference
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private volatile LadderReferenceData? _current;

    public async Task<LadderReferenceData> GetAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        if (_current is { } current && Environment.TickCount64 < current.ExpiresAt) return current;
        var expiresAt = Environment.TickCount64 + (long)Lifetime.TotalMilliseconds;
        var loaded = new LadderReferenceData(
            await db.LadderPolicies.AsNoTracking().Include(p => p.Routes).OrderBy(p => p.Number).ToListAsync(ct),
            await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(ct),
            await db.TitleEquivalences.AsNoTracking().ToListAsync(ct), expiresAt);
        _current = loaded;
        return loaded;
    }

    public void Invalidate() => _current = null;
}

public sealed record LadderReferenceData(IReadOnlyList<LadderPolicy> Policies, IReadOnlyList<SkillLevel> Levels,
    IReadOnlyList<TitleEquivalence> Titles, long ExpiresAt)
{
    public LevelNames Names { get; } = new(Levels.ToDictionary(l => l.Rank, l => (l.NameZh, l.NameEn)));
    public int TopLevelRank => Levels.Count == 0 ? 0 : Levels[^1].Rank;

    /// <summary>As <see cref="LadderFacts.PolicyInForceAsync"/>: the latest in force on the day, else the first version.</summary>
    public LadderPolicy PolicyInForce(DateOnly day) =>
        Policies.Where(p => p.EffectiveFrom <= day).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Number).FirstOrDefault()
        ?? Policies[0];
}

/// <summary>
/// Drops the shared copy when a save touches a policy, a route, a level or the title table: at the save (a save outside
/// a command included) and again after the commit, so a page read between the two cannot keep the old copy.
/// </summary>
public sealed class LadderReferenceHook(LadderReference reference) : IUnitOfWorkHook
{
    private bool _touched;

    public void OnSaving(SkillsLadderDbContext db)
    {
        if (!db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                                 && e.Entity is LadderPolicy or LevelRoute or SkillLevel or TitleEquivalence)) return;
        _touched = true;
        reference.Invalidate();
    }

    public Task BeforeCommitAsync(SkillsLadderDbContext db, CancellationToken ct) => Task.CompletedTask;

    public Task AfterCommitAsync(CancellationToken ct)
    {
        if (_touched) reference.Invalidate();
        _touched = false;
        return Task.CompletedTask;
    }

    public void OnRollback() => _touched = false;
}
