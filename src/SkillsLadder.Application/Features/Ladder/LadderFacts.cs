using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// Reads what <see cref="LadderEvaluator"/> needs for many workers at once (the nightly run evaluates them in
/// batches): level history, honours, published competition places, innovations, training, mentoring and studios
/// (<see cref="GrowthFacts"/>), plus the policy in force and the top rank.
/// </summary>
public static class LadderFacts
{
    public static async Task<LadderPolicy> PolicyInForceAsync(this SkillsLadderDbContext db, DateOnly day, CancellationToken ct) =>
        await db.LadderPolicies.AsNoTracking().Include(p => p.Routes)
            .Where(p => p.EffectiveFrom <= day).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Number)
            .FirstOrDefaultAsync(ct)
        ?? await db.LadderPolicies.AsNoTracking().Include(p => p.Routes).OrderBy(p => p.Number).FirstAsync(ct);

    public static async Task<int> TopLevelRankAsync(this SkillsLadderDbContext db, CancellationToken ct) =>
        await db.SkillLevels.MaxAsync(l => (int?)l.Rank, ct) ?? 0;

    public static async Task<Dictionary<int, WorkerFacts>> ReadFactsAsync(this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var facts = await db.ReadTierFactsAsync(workerIds, ct);
        var placings = (await db.PublishedPlacingsAsync(workerIds, ct)).ToLookup(p => p.WorkerId, p => p.Placing);
        var innovations = (await db.AcceptedInnovationsAsync(workerIds, ct)).ToLookup(i => i.WorkerId, i => i.Innovation);
        var training = (await db.CompletedTrainingAsync(workerIds, ct)).ToLookup(t => t.WorkerId, t => t.Training);
        var mentoring = (await db.CompletedMentoringAsync(workerIds, ct)).ToLookup(m => m.WorkerId, m => m.Mentoring);
        var studios = (await db.StudioRolesAsync(workerIds, ct)).ToLookup(s => s.WorkerId, s => s.Studio);
        return facts.ToDictionary(f => f.Key, f => f.Value with
        {
            Placings = placings[f.Key].ToList(), Innovations = innovations[f.Key].ToList(), Training = training[f.Key].ToList(),
            Mentoring = mentoring[f.Key].ToList(), Studios = studios[f.Key].ToList(),
        });
    }

    /// <summary>
    /// What <see cref="LadderEvaluator.TierOn"/> needs and no more: the worker, the level history and the honours; places,
    /// innovations, training, mentoring and studios are left empty (the nightly re-evaluation of a million workers skips
    /// six queries a batch). Not for <see cref="LadderEvaluator.Evaluate"/>'s routes.
    /// </summary>
    public static async Task<Dictionary<int, WorkerFacts>> ReadTierFactsAsync(this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var wanted = workerIds.ToHashSet();
        var workers = (await db.Workers.AsNoTracking().WhereWorkerIn(w => w.Id, workerIds)
            .Select(w => new { w.Id, w.OccupationId, w.HireDate, w.Education }).ToListAsync(ct)).Where(w => wanted.Contains(w.Id));
        var levels = (await db.WorkerLevelChanges.AsNoTracking().WhereWorkerIn(c => c.WorkerId, workerIds)
            .OrderBy(c => c.Id).Select(c => new { c.WorkerId, c.SkillLevel!.Rank, c.EffectiveOn }).ToListAsync(ct))
            .ToLookup(c => c.WorkerId, c => new LevelHeld(c.Rank, c.EffectiveOn));
        var honours = (await db.WorkerHonours.AsNoTracking().WhereWorkerIn(h => h.WorkerId, workerIds)
            .Select(h => new { h.WorkerId, h.Title, h.CountsTowardCraftsman, h.ConferredOn, h.ExpiresOn }).ToListAsync(ct))
            .ToLookup(h => h.WorkerId, h => new HonourHeld(h.Title, h.CountsTowardCraftsman, h.ConferredOn, h.ExpiresOn));
        return workers.ToDictionary(w => w.Id, w => new WorkerFacts(w.OccupationId, w.HireDate, w.Education,
            levels[w.Id].ToList(), honours[w.Id].ToList(), []));
    }

    /// <summary>Places in published (not superseded) results; a team place counts for every member.</summary>
    public static async Task<List<(int WorkerId, CompetitionPlacing Placing)>> PublishedPlacingsAsync(
        this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var rows = await (
            from member in db.EntrantMembers.AsNoTracking().WhereWorkerIn(m => m.WorkerId, workerIds)
            join snapshot in db.StandingsSnapshots on member.CompetitionId equals snapshot.CompetitionId
            where snapshot.Status == SnapshotStatus.Published
            // By the whole key (snapshot, entrant): StandingsRows has no index on the entrant alone, on purpose (ranking writes).
            join row in db.StandingsRows on new { SnapshotId = snapshot.Id, member.EntrantId } equals new { row.SnapshotId, row.EntrantId }
            join competition in db.Competitions on snapshot.CompetitionId equals competition.Id
            select new { member.WorkerId, competition.Name, competition.Level, row.Rank, snapshot.PublishedAt }).ToListAsync(ct);
        var wanted = workerIds.ToHashSet();
        return rows.Where(r => wanted.Contains(r.WorkerId)).Select(r => (r.WorkerId, new CompetitionPlacing(r.Name, r.Level, r.Rank, r.PublishedAt!.Value.ToChinaDate()))).ToList();
    }

    /// <summary>Accepted innovation entries (<see cref="InnovationEvidence"/>); an entry counts for each of its authors.</summary>
    public static async Task<List<(int WorkerId, InnovationHeld Innovation)>> AcceptedInnovationsAsync(
        this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var rows = await db.InnovationEntries.AsNoTracking().Where(InnovationEvidence.Counts)
            .SelectMany(e => e.Authors, (e, a) => new { a.WorkerId, e.Title, e.Kind, e.Grade, e.AssessedOn })
            .WhereWorkerIn(x => x.WorkerId, workerIds).ToListAsync(ct);
        var wanted = workerIds.ToHashSet();
        return rows.Where(r => wanted.Contains(r.WorkerId)).OrderBy(r => r.AssessedOn)
            .Select(r => (r.WorkerId, new InnovationHeld(r.Title, r.Kind, r.Grade!.Value, r.AssessedOn!.Value))).ToList();
    }

    /// <summary>
    /// Workers of a batch. A dense batch (the nightly sweep's, in id order) is read as an id range, which walks the
    /// WorkerId index; a sparse set as IN (list). Measured on SQLite, 20,000 workers in batches of 2,000: the range
    /// reads the level history 3–4x faster. A range may bring in workers outside the set: callers key by the set.
    /// </summary>
    public static IQueryable<T> WhereWorkerIn<T>(this IQueryable<T> query, Expression<Func<T, int>> workerId, IReadOnlyCollection<int> ids)
    {
        Expression<Func<int, bool>> test;
        if (ids.Count == 0) test = id => false;
        else
        {
            var (min, max) = (ids.Min(), ids.Max());
            test = (long)max - min < 2L * ids.Count ? id => id >= min && id <= max : id => ids.Contains(id);
        }
        var body = new Substitute(test.Parameters[0], workerId.Body).Visit(test.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, workerId.Parameters));
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
