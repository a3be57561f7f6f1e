using Microsoft.Extensions.Options;
using Quartz;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Makes sure the periodic sweep and the daily jobs (ladder, deadlines) are scheduled. Every node runs this at start; the store keeps one sweep for the
/// cluster. An existing trigger with the configured interval is left alone, so an admin's pause survives restarts.
/// </summary>
public sealed class JobsBootstrap(ISchedulerFactory factory, IOptions<JobsOptions> options, ILogger<JobsBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await DailyJobsSchedule.EnsureAsync(scheduler, options.Value, logger, cancellationToken);
        var interval = options.Value.SweepInterval;
        if (await scheduler.GetTrigger(JobKeys.SweepTrigger, cancellationToken) is ISimpleTrigger existing && existing.RepeatInterval == interval)
            return;

        var job = JobBuilder.Create<StandingsSweepJob>()
            .WithIdentity(JobKeys.Sweep)
            .WithDescription("排名兜底巡检：为仍有未处理排名需求的竞赛重新排名，并清理过期的任务记录")
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(JobKeys.SweepTrigger)
            .ForJob(JobKeys.Sweep)
            .StartNow()
            // Missed sweeps are not caught up one by one: the next one covers everything they would have found.
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .WithRetryPolicy(RetryPolicy.None)
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
        logger.LogInformation("Standings sweep scheduled every {Interval}", interval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
