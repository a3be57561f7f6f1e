using Microsoft.EntityFrameworkCore;
using Quartz;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Quartz keeps no history, so every execution leaves a JobRun row: Running when it starts, then Succeeded, Retrying
/// (failed, another attempt scheduled with back-off) or Failed. A recovered run (its node died) closes the dead node's
/// Running row as Failed. History must never break a job, so its own failures are only logged.
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunRecorder> logger) : IJobListener
{
    public string Name => "job-history";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await SafelyAsync(context, async db =>
        {
            var key = context.JobDetail.Key;
            var now = clock.GetUtcNow().UtcDateTime;
            if (context.Recovering)
                await db.JobRuns.Where(r => r.JobGroup == key.Group && r.JobName == key.Name && r.Outcome == JobOutcome.Running
                        && r.Node != context.Scheduler.SchedulerInstanceId)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, JobOutcome.Failed).SetProperty(r => r.FinishedAt, now)
                        .SetProperty(r => r.Error, "节点失联，任务已由 " + context.Scheduler.SchedulerInstanceId + " 恢复执行"), cancellationToken);
            db.JobRuns.Add(new JobRun
            {
                JobGroup = Trim(key.Group, JobRun.NameMaxLength), JobName = Trim(key.Name, JobRun.NameMaxLength),
                // The competition's, campaign's or practice round's id; the job's name says which.
                Subject = (JobNames.CompetitionOf(key.Group, key.Name) ?? JobNames.CampaignOf(key.Group, key.Name)
                           ?? Application.Features.Practice.PracticeJobNames.RoundOf(key.Group, key.Name))?.ToString(),
                FireInstanceId = Trim(context.FireInstanceId, 200), Node = Trim(context.Scheduler.SchedulerInstanceId, 200),
                Attempt = context.RetryAttempt + 1, StartedAt = now, Outcome = JobOutcome.Running,
            });
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        await SafelyAsync(context, async db =>
        {
            var run = await db.JobRuns.SingleOrDefaultAsync(r => r.FireInstanceId == context.FireInstanceId
                && r.Node == context.Scheduler.SchedulerInstanceId && r.Outcome == JobOutcome.Running, cancellationToken);
            if (run is null) return;
            run.FinishedAt = clock.GetUtcNow().UtcDateTime;
            run.DurationMs = (long)context.JobRunTime.TotalMilliseconds;
            run.Outcome = jobException is null ? JobOutcome.Succeeded : context.RetryScheduled ? JobOutcome.Retrying : JobOutcome.Failed;
            run.Error = jobException is null ? null : Trim(Describe(jobException), JobRun.ErrorMaxLength);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    private async Task SafelyAsync(IJobExecutionContext context, Func<SkillsLadderDbContext, Task> write)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await write(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Job history not written for {Job}", context.JobDetail.Key);
        }
    }

    /// <summary>The innermost cause is the one a reader needs ("competition 7 not found"), not Quartz's wrapper.</summary>
    private static string Describe(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return $"{inner.GetType().Name}: {inner.Message}";
    }

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..max];
}
