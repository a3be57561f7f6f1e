using System.Collections.Concurrent;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Coalescing on Hangfire: each ranking key (a competition, campaign or practice round) has at most one run waiting,
/// whose job id the storage keeps in a hash. A request finds that run and keeps it while it has not started (scheduled,
/// enqueued, or waiting to retry), since it will read every change committed before it starts; otherwise it creates the
/// next run. The check and the creation hold a storage lock per key, so requests on every node see one waiting run.
/// With the lock of the ranking job itself (one run at a time per key), at most one run goes and one waits, however
/// many changes arrive.
/// </summary>
public sealed class RankingRequests(JobStorage storage, IBackgroundJobClient client, ILogger<RankingRequests> logger)
{
    /// <summary>The set of every ranking key that ever had a run (the jobs page lists them).</summary>
    public const string KeysSet = "skillsladder:ranking-keys";
    /// <summary>A key's hash: field "job" holds the id of its latest run, "at" when it was due to start (UTC ticks).</summary>
    public static string RunHash(string keyId) => "skillsladder:ranking:" + keyId;
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(15);
    /// <summary>A run about to start may already have read what commits now: within this margin of its start, ask again.</summary>
    private static readonly TimeSpan StartMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs this node knows to be waiting until a time: skips the storage round trip in a burst of changes.</summary>
    private readonly ConcurrentDictionary<string, DateTime> _waitingUntil = new();

    /// <summary>A run after <paramref name="delay"/> (zero: now), unless one is already waiting; "now" brings a waiting run forward.</summary>
    /// <param name="spacing">
    /// A new run starts no sooner than this after the previous run was asked for (not for "now"): a contest whose marks
    /// arrive all day is ranked once per spacing, however many saves there are (issue 18).
    /// </param>
    public void Request(JobKey key, TimeSpan delay, TimeSpan spacing = default)
    {
        var now = DateTime.UtcNow; // Hangfire schedules on the real clock, not a rehearsal's
        if (delay > TimeSpan.Zero && _waitingUntil.TryGetValue(key.Id, out var startsAt) && now < startsAt - StartMargin) return;

        using var connection = storage.GetConnection();
        using var requestLock = connection.AcquireDistributedLock($"skillsladder:request:{key.Id}", LockWait);
        var latest = connection.GetAllEntriesFromHash(RunHash(key.Id));
        var waitingId = latest?.GetValueOrDefault("job");
        var state = waitingId is null ? null : connection.GetStateData(waitingId);
        if (state?.Name == ScheduledState.StateName && delay == TimeSpan.Zero)
        {
            // Asked for now while a run (or a retry) waits for later: the same run, moved forward, keeps its attempt count.
            client.ChangeState(waitingId!, new EnqueuedState(JobQueues.Ranking), ScheduledState.StateName);
            _waitingUntil.TryRemove(key.Id, out _);
            return;
        }
        if (state?.Name == ScheduledState.StateName)
        {
            _waitingUntil[key.Id] = EnqueueAt(state) ?? now;
            return;
        }
        if (state?.Name == EnqueuedState.StateName || state?.Name == AwaitingState.StateName) return;

        // Spaced from when the previous run was due to start (kept beside its id), on whichever node asked for it.
        if (delay > TimeSpan.Zero && spacing > TimeSpan.Zero && latest?.GetValueOrDefault("at") is { } at
            && long.TryParse(at, CultureInfo.InvariantCulture, out var ticks) && new DateTime(ticks, DateTimeKind.Utc) + spacing - now > delay)
            delay = new DateTime(ticks, DateTimeKind.Utc) + spacing - now;
        var created = client.Create(JobCatalog.RankingJob(key), delay > TimeSpan.Zero ? new ScheduledState(delay) : new EnqueuedState(JobQueues.Ranking));
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.SetRangeInHash(RunHash(key.Id), [new KeyValuePair<string, string>("job", created),
                new KeyValuePair<string, string>("at", (now + delay).Ticks.ToString(CultureInfo.InvariantCulture))]);
            transaction.AddToSet(KeysSet, key.Id);
            transaction.Commit();
        }
        if (delay > TimeSpan.Zero) _waitingUntil[key.Id] = now + delay;
        logger.LogDebug("Ranking {Key}: run {JobId} in {Delay}", key.Id, created, delay);
    }

    public static string? LatestRun(Hangfire.Storage.IStorageConnection connection, string keyId) =>
        connection.GetAllEntriesFromHash(RunHash(keyId))?.GetValueOrDefault("job");

    public static DateTime? EnqueueAt(Hangfire.Storage.StateData state) =>
        state.Data.TryGetValue("EnqueueAt", out var value) ? JobHelper.DeserializeNullableDateTime(value) : null;
}
