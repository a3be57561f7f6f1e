using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// The jobs page's view of Hangfire, read from its storage (so the whole cluster): the recurring jobs, each ranking key
/// with its waiting run, what runs now, and the jobs that failed for good.
/// </summary>
public sealed class HangfireJobControl(JobStorage storage, IBackgroundJobClient client, IRecurringJobManager recurring,
    RecurringJobsSchedule schedule, IOptions<JobsOptions> options) : IJobControl
{
    private const int MaxListed = 500;

    public bool Enabled => true;

    public Task<string> NodeAsync(CancellationToken ct) => Task.FromResult(options.Value.NodeName);

    public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct) => Task.Run<IReadOnlyList<ScheduledJob>>(() =>
    {
        using var connection = storage.GetConnection();
        var running = storage.GetMonitoringApi().ProcessingJobs(0, MaxListed)
            .Select(j => JobCatalog.KeyOf(j.Value.Job)?.Id).OfType<string>().ToHashSet();
        var recurringJobs = connection.GetRecurringJobs().ToDictionary(r => r.Id);
        var list = new List<ScheduledJob>();
        foreach (var (key, _, cron, description) in schedule.All())
        {
            var job = recurringJobs.GetValueOrDefault(key.Id);
            var state = running.Contains(key.Id) ? "Running" : RecurringJobsSchedule.IsPaused(connection, key) || job is null ? "Paused" : "Waiting";
            list.Add(new ScheduledJob(key.Group, key.Name, description, CronInWords.Describe(cron), state == "Paused" ? null : job?.NextExecution,
                job?.LastExecution, state, Recurring: true));
        }
        foreach (var id in connection.GetAllItemsFromSet(RankingRequests.KeysSet).Take(MaxListed))
        {
            if (JobCatalog.KeyOfRecurring(id) is not { } key) continue;
            var state = RankingRequests.LatestRun(connection, id) is { } jobId ? connection.GetStateData(jobId) : null;
            var next = state?.Name == ScheduledState.StateName ? RankingRequests.EnqueueAt(state) : null;
            list.Add(new ScheduledJob(key.Group, key.Name, null, "按需", next, null, running.Contains(id) ? "Running" : StateOf(state?.Name), Recurring: false));
        }
        return list;
    }, ct);

    public Task<IReadOnlyList<FailedJob>> ListFailedAsync(int count, CancellationToken ct) => Task.Run<IReadOnlyList<FailedJob>>(() =>
        storage.GetMonitoringApi().FailedJobs(0, count)
            .Select(j => JobCatalog.KeyOf(j.Value.Job) is { } key
                ? new FailedJob(j.Key, key.Group, key.Name, j.Value.FailedAt, $"{j.Value.ExceptionType}: {j.Value.ExceptionMessage}")
                : null)
            .OfType<FailedJob>().ToList(), ct);

    public Task<bool> RunNowAsync(string group, string name, CancellationToken ct) => Task.Run(() =>
    {
        var key = new JobKey(group, name);
        if (schedule.All().FirstOrDefault(r => r.Key == key) is not { Job: not null } job) return false;
        if (IsPaused(key)) client.Create(job.Job, new EnqueuedState()); // a paused job still runs once when asked
        else recurring.Trigger(key.Id);
        return true;
    }, ct);

    public Task<bool> PauseAsync(string group, string name, CancellationToken ct) => Task.Run(() =>
    {
        var key = new JobKey(group, name);
        if (schedule.All().All(r => r.Key != key)) return false;
        using var connection = storage.GetConnection();
        connection.SetRangeInHash(RecurringJobsSchedule.PausedHash(key), [new KeyValuePair<string, string>("since", DateTime.UtcNow.ToString("O"))]);
        recurring.RemoveIfExists(key.Id);
        return true;
    }, ct);

    public Task<bool> ResumeAsync(string group, string name, CancellationToken ct) => Task.Run(() =>
    {
        var key = new JobKey(group, name);
        if (schedule.All().All(r => r.Key != key)) return false;
        using (var connection = storage.GetConnection())
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.RemoveHash(RecurringJobsSchedule.PausedHash(key));
            transaction.Commit();
        }
        return schedule.Ensure(key);
    }, ct);

    public Task<bool> RetryAsync(string jobId, CancellationToken ct) => Task.Run(() =>
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name == FailedState.StateName && client.Requeue(jobId, FailedState.StateName);
    }, ct);

    private static string StateOf(string? hangfireState) =>
        hangfireState == ScheduledState.StateName || hangfireState == EnqueuedState.StateName || hangfireState == AwaitingState.StateName ? "Waiting"
        : hangfireState == ProcessingState.StateName ? "Running"
        : hangfireState == FailedState.StateName ? "Failed" : "Idle";

    private bool IsPaused(JobKey key)
    {
        using var connection = storage.GetConnection();
        return RecurringJobsSchedule.IsPaused(connection, key);
    }
}
