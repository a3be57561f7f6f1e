using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// Re-evaluates every worker in id order, a batch at a time, each batch in its own transaction: a city of a million
/// workers never holds one giant transaction or change tracker, a failure loses one batch at most, and a run can be
/// resumed after the last id it reported. Idempotent: a worker whose tier did not change is left untouched.
/// </summary>
public static class LadderSweep
{
    public const int DefaultBatchSize = 2_000;
    /// <summary>A worker edited by someone else mid-batch (its version moved): the batch is read again and retried.</summary>
    private const int ConflictRetries = 3;

    public static async Task<LadderSweepResult> ReevaluateAllAsync(this SkillsLadderDbContext db, DateOnly today, string reason,
        DateTime now, int afterWorkerId, int batchSize, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        int workers = 0, batches = 0, changes = 0, last = afterWorkerId;
        var strategy = db.Database.CreateExecutionStrategy();
        var run = await LadderRun.LoadAsync(db, today, ct);
        while (true)
        {
            var after = last;
            var ids = await db.Workers.AsNoTracking().Where(w => w.Id > after).OrderBy(w => w.Id).Select(w => w.Id)
                .Take(batchSize).ToListAsync(ct);
            if (ids.Count == 0) break;
            changes += await strategy.ExecuteAsync(() => ReevaluateBatchAsync(db, ids, run, today, reason, now, ct));
            (workers, batches, last) = (workers + ids.Count, batches + 1, ids[^1]);
        }
        return new LadderSweepResult(workers, batches, changes, last, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<int> ReevaluateBatchAsync(SkillsLadderDbContext db, List<int> ids, LadderRun run, DateOnly today, string reason,
        DateTime now, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var changed = await db.ReevaluateAsync(ids, today, reason, now, run, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return changed;
            }
            catch (DbUpdateConcurrencyException) when (attempt < ConflictRetries)
            {
                // Rolled back by the disposed transaction; the next attempt reads the edited workers afresh.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

/// <param name="LastWorkerId">Pass it as StartAfterWorkerId to resume a run that stopped.</param>
public sealed record LadderSweepResult(int Workers, int Batches, int TierChanges, int LastWorkerId, long ElapsedMs);
