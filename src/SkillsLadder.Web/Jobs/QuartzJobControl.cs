using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>The jobs page's view of Quartz: jobs, their triggers and what runs now, read from the store (so the whole cluster).</summary>
public sealed class QuartzJobControl(ISchedulerFactory factory) : IJobControl
{
    private const int MaxListed = 500;

    public bool Enabled => true;

    public async Task<string> NodeAsync(CancellationToken ct) => await (await factory.GetScheduler(ct)).GetSchedulerInstanceId(ct);

    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var jobs = await scheduler.QueryJobs(new JobQuery { Take = MaxListed }, ct);
        var triggers = (await scheduler.QueryTriggers(new TriggerQuery { Take = MaxListed }, ct)).Items.ToLookup(t => t.JobKey);
        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery(), ct)).Items
            .Where(f => f.JobKey is not null).Select(f => f.JobKey!).ToHashSet();

        var list = new List<ScheduledJob>();
        foreach (var job in jobs.Items)
        {
            var own = triggers[job.Key].ToList();
            var next = own.Where(t => t.NextFireTimeUtc is not null).OrderBy(t => t.NextFireTimeUtc).FirstOrDefault();
            var state = running.Contains(job.Key) ? "Running"
                : own.Count == 0 ? "Idle"
                : own.Any(t => t.State == TriggerState.Paused) ? "Paused"
                : own.Any(t => t.State == TriggerState.Blocked) ? "Blocked"
                : own.Any(t => t.State == TriggerState.Error) ? "Error" : "Waiting";
            list.Add(new ScheduledJob(job.Key.Group, job.Key.Name, job.Description, await DescribeAsync(scheduler, own, ct),
                next?.NextFireTimeUtc?.UtcDateTime, own.Max(t => t.PreviousFireTimeUtc)?.UtcDateTime, state,
                job.RequestsRecovery, !job.ConcurrentExecutionDisallowed));
        }
        return list;
    }

    public async Task<bool> RunNowAsync(string group, string name, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var key = new JobKey(name, group);
        if (!await scheduler.Exists(key, ct)) return false;
        await scheduler.TriggerJob(key, ct);
        return true;
    }

    public async Task<bool> PauseAsync(string group, string name, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var key = new JobKey(name, group);
        if (!await scheduler.Exists(key, ct)) return false;
        await scheduler.PauseJob(key, ct); // answers false when the job had no trigger to pause: still found
        return true;
    }

    public async Task<bool> ResumeAsync(string group, string name, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var key = new JobKey(name, group);
        if (!await scheduler.Exists(key, ct)) return false;
        await scheduler.ResumeJob(key, ct);
        return true;
    }

    /// <summary>"每 30 秒" for a repeating trigger, the cron expression for a cron one, "一次" for a one-off run.</summary>
    private static async Task<string> DescribeAsync(IScheduler scheduler, List<TriggerHeader> triggers, CancellationToken ct)
    {
        if (triggers.Count == 0) return "按需";
        var parts = new List<string>();
        foreach (var header in triggers)
        {
            var trigger = await scheduler.GetTrigger(header.Key, ct);
            parts.Add(trigger switch
            {
                ICronTrigger cron => cron.CronExpressionString ?? "cron",
                ISimpleTrigger { RepeatCount: < 0 } simple => $"每 {simple.RepeatInterval.TotalSeconds:0.#} 秒",
                _ => "一次",
            });
        }
        return string.Join("；", parts.Distinct());
    }
}
