using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// Reads what <see cref="LadderEvaluator"/> needs for many workers at once (the nightly run evaluates them in
/// batches): level history, honours, published competition places, plus the policy in force and the top rank.
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
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id))
            .Select(w => new { w.Id, w.OccupationId, w.HireDate, w.Education }).ToListAsync(ct);
        var levels = (await db.WorkerLevelChanges.AsNoTracking().Where(c => workerIds.Contains(c.WorkerId))
            .OrderBy(c => c.Id).Select(c => new { c.WorkerId, c.SkillLevel!.Rank, c.EffectiveOn }).ToListAsync(ct))
            .ToLookup(c => c.WorkerId, c => new LevelHeld(c.Rank, c.EffectiveOn));
        var honours = (await db.WorkerHonours.AsNoTracking().Where(h => workerIds.Contains(h.WorkerId))
            .Select(h => new { h.WorkerId, h.Title, h.CountsTowardCraftsman, h.ConferredOn, h.ExpiresOn }).ToListAsync(ct))
            .ToLookup(h => h.WorkerId, h => new HonourHeld(h.Title, h.CountsTowardCraftsman, h.ConferredOn, h.ExpiresOn));
        var placings = (await db.PublishedPlacingsAsync(workerIds, ct)).ToLookup(p => p.WorkerId, p => p.Placing);
        return workers.ToDictionary(w => w.Id, w => new WorkerFacts(w.OccupationId, w.HireDate, w.Education,
            levels[w.Id].ToList(), honours[w.Id].ToList(), placings[w.Id].ToList()));
    }

    /// <summary>Places in published (not superseded) results; a team place counts for every member.</summary>
    public static async Task<List<(int WorkerId, CompetitionPlacing Placing)>> PublishedPlacingsAsync(
        this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, CancellationToken ct)
    {
        var rows = await (
            from member in db.EntrantMembers.AsNoTracking()
            where workerIds.Contains(member.WorkerId)
            join row in db.StandingsRows on member.EntrantId equals row.EntrantId
            join snapshot in db.StandingsSnapshots on row.SnapshotId equals snapshot.Id
            where snapshot.Status == SnapshotStatus.Published
            join competition in db.Competitions on snapshot.CompetitionId equals competition.Id
            select new { member.WorkerId, competition.Name, competition.Level, row.Rank, snapshot.PublishedAt }).ToListAsync(ct);
        return rows.Select(r => (r.WorkerId, new CompetitionPlacing(r.Name, r.Level, r.Rank, r.PublishedAt!.Value.ToChinaDate()))).ToList();
    }
}
