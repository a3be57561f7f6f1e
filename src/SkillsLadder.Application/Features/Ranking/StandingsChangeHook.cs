using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// How a saved mark reaches the standings. Whatever can move a standing (a score sheet or its history, an entrant, a
/// change to the competition) makes this hook record a standings demand for the competition in the same save, hence
/// the command's transaction; after the commit it hands the changed entrants to the live board
/// (<see cref="ILiveBoardUpdates"/>) and asks the job engine to rank the competition (<see cref="IStandingsScheduler"/>,
/// coalesced).
/// </summary>
/// <remarks>
/// It reads the changes from the change tracker, so no command that writes marks can forget it. The demand is the
/// guarantee: committed with the marks, it is found by the periodic sweep if the ask after the commit is lost, and the
/// ranking job only settles demands it has seen (and rebuilds the live rows, should a node die before updating them).
/// Nothing the save does waits on a row other saves also write: the demand is a new row, and the live board is brought
/// up to date after the commit, once for many saves (issue 18: one board row updated inside every save queued a
/// contest's saves on its lock). Its time comes from the injected clock (the rehearsal clock in Development). Saves
/// outside a command (seeders, tools, tests writing directly) demand nothing by themselves.
/// </remarks>
public sealed class StandingsChangeHook(IStandingsScheduler scheduler, ILiveBoardUpdates live, TimeProvider clock) : IUnitOfWorkHook
{
    /// <summary>Competitions demanded in this unit of work: one demand row each, however many saves it makes.</summary>
    private readonly HashSet<int> _demanded = [];
    private readonly HashSet<LiveStandingChange> _changed = [];
    /// <summary>Competitions whose status moved (marks locked, unlocked): one event, nothing to coalesce, ranked now.</summary>
    private readonly HashSet<int> _statusMoved = [];

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
        if (changed.Count == 0) return;
        _statusMoved.UnionWith(tracker.Entries<Competition>()
            .Where(e => e.State == EntityState.Modified && e.Property(c => c.Status).IsModified).Select(e => e.Entity.Id));
        // New entities (a first sheet, a new entrant) have their ids only after the save: kept as entities until the commit.
        _pending.AddRange(changed);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in changed.Select(e => StandingOf(e).CompetitionId).Where(id => id > 0).Distinct())
            if (_demanded.Add(id)) db.StandingsDemands.Add(new StandingsDemand(id, now)); // written by this same save
    }

    private readonly List<object> _pending = [];

    public Task BeforeCommitAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        _changed.UnionWith(_pending.Select(StandingOf).Where(s => s.CompetitionId > 0));
        _pending.Clear();
        return Task.CompletedTask;
    }

    public async Task AfterCommitAsync(CancellationToken ct)
    {
        var changed = _changed.ToList();
        var now = _statusMoved.ToList();
        var soon = _demanded.Except(_statusMoved).ToList();
        Forget();
        if (changed.Count > 0) await live.UpdateAsync(changed, ct);
        // A locked competition's snapshot should not wait out the coalescing window meant for bursts of marks.
        if (now.Count > 0) await scheduler.RequestNowAsync(now, ct);
        if (soon.Count > 0) await scheduler.RequestSoonAsync(soon, ct);
    }

    public void OnRollback() => Forget();

    private void Forget()
    {
        _demanded.Clear();
        _changed.Clear();
        _statusMoved.Clear();
        _pending.Clear();
    }

    /// <summary>(competition, entrant) for a sheet or an entrant; (competition, null) for the competition itself.</summary>
    private static LiveStandingChange StandingOf(object entity) => entity switch
    {
        ScoreSheet sheet => new(sheet.CompetitionId, sheet.EntrantId),
        Entrant entrant => new(entrant.CompetitionId, entrant.Id),
        Competition competition => new(competition.Id, null),
        _ => new(0, null),
    };
}
