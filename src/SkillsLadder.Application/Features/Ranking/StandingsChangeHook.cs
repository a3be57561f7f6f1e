using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// How a saved mark reaches the standings. Whatever can move a standing (a score sheet or its history, an entrant, a
/// change to the competition) makes this hook, before the commit, record a standings demand for the competition and
/// bring its live board up to date (<see cref="LiveStandingsRefresher"/>), both in the command's transaction; after the
/// commit it asks the job engine to rank the competition soon (<see cref="IStandingsScheduler"/>, coalesced).
/// </summary>
/// <remarks>
/// It reads the changes from the change tracker, so no command that writes marks can forget it. The demand is the
/// guarantee: committed with the marks, it is found by the periodic sweep if the ask after the commit is lost, and the
/// ranking job only settles demands it has seen. Its time comes from the injected clock (the rehearsal clock in
/// Development). Saves outside a command (seeders, tools, tests writing directly) demand nothing by themselves.
/// </remarks>
public sealed class StandingsChangeHook(IStandingsScheduler scheduler, TimeProvider clock) : IUnitOfWorkHook
{
    // Competitions as ids, read before the save as they always were; the changed entities themselves for the live
    // board, whose entrant ids exist only after the save.
    private readonly HashSet<int> _changedCompetitions = [];
    private readonly List<object> _changedForLive = [];
    private readonly HashSet<int> _toRank = [];
    /// <summary>Competitions whose status moved (marks locked, unlocked): one event, nothing to coalesce, ranked now.</summary>
    private readonly HashSet<int> _statusMoved = [];
    private readonly HashSet<int> _toRankNow = [];

    public void OnSaving(SkillsLadderDbContext db)
    {
        var tracker = db.ChangeTracker;
        var changed = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (e.Entity is ScoreSheet or Entrant || e.Entity is Competition && e.State == EntityState.Modified))
            .Select(e => e.Entity)
            // Every mark and every step on a sheet appends to its history, even when no sheet column changes.
            .Concat(tracker.Entries<ScoreSheet>().Where(s => s.Entity.Changes.Any(c => db.Entry(c).State == EntityState.Added)).Select(s => s.Entity))
            .Distinct().ToList();
        _changedForLive.AddRange(changed);
        _statusMoved.UnionWith(tracker.Entries<Competition>()
            .Where(e => e.State == EntityState.Modified && e.Property(c => c.Status).IsModified).Select(e => e.Entity.Id));
        _changedCompetitions.UnionWith(changed.Select(CompetitionOf).Where(id => id > 0));
    }

    public async Task BeforeCommitAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        if (_changedForLive.Count == 0) return;
        var competitions = _changedCompetitions.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        _toRankNow.UnionWith(_statusMoved);
        var standings = _changedForLive.Select(StandingOf).Where(s => s.CompetitionId > 0).ToHashSet();
        Forget(); // before saving: the saves below run OnSaving again
        db.StandingsDemands.AddRange(competitions.Select(id => new StandingsDemand(id, now)));
        await db.SaveChangesAsync(ct);
        await LiveStandingsRefresher.RefreshAsync(db, standings, clock, ct);
        _toRank.UnionWith(competitions.Except(_toRankNow));
    }

    public async Task AfterCommitAsync(CancellationToken ct)
    {
        var now = _toRankNow.ToList();
        var soon = _toRank.ToList();
        _toRankNow.Clear();
        _toRank.Clear();
        // A locked competition's snapshot should not wait out the coalescing window meant for bursts of marks.
        if (now.Count > 0) await scheduler.RequestNowAsync(now, ct);
        if (soon.Count > 0) await scheduler.RequestSoonAsync(soon, ct);
    }

    public void OnRollback()
    {
        Forget();
        _toRank.Clear();
        _toRankNow.Clear();
    }

    private void Forget()
    {
        _changedCompetitions.Clear();
        _changedForLive.Clear();
        _statusMoved.Clear();
    }

    private static int CompetitionOf(object entity) => StandingOf(entity).CompetitionId;

    /// <summary>(competition, entrant) for a sheet or an entrant; (competition, null) for the competition itself.</summary>
    private static LiveStandingChange StandingOf(object entity) => entity switch
    {
        ScoreSheet sheet => new(sheet.CompetitionId, sheet.EntrantId),
        Entrant entrant => new(entrant.CompetitionId, entrant.Id),
        Competition competition => new(competition.Id, null),
        _ => new(0, null),
    };
}
