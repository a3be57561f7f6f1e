using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsLadder.Data;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Hangfire keeps a job's states for a day; the jobs page wants each competition's last runs, their node and duration
/// for weeks, so every execution also leaves a JobRun row: Running when it starts (after its lock is taken), then
/// Succeeded, Retrying (failed, another attempt scheduled with back-off) or Failed as it ends, still under its lock,
/// so the next run of the same job never sees it Running. A run that finds a Running row of the same job was let in by
/// its lock, so that row's node died: it is closed as Failed. History must never break a job: its failures are logged.
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, IServiceProvider services, IOptions<JobsOptions> options, TimeProvider clock,
    ILogger<JobRunRecorder> logger) : IServerFilter
{
    /// <summary>After <see cref="JobLocks"/>: a run waiting for its lock is not yet running.</summary>
    public const int Order = 100;
    private const string StartedKey = "skillsladder:started";

    public void OnPerforming(PerformingContext context)
    {
        if (JobCatalog.KeyOf(context.BackgroundJob.Job) is not { } key) return;
        context.Items[StartedKey] = Stopwatch.StartNew();
        var node = options.Value.NodeName;
        Safely(key, db =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.JobRuns.Where(r => r.JobGroup == key.Group && r.JobName == key.Name && r.Outcome == JobOutcome.Running)
                .ExecuteUpdate(s => s.SetProperty(r => r.Outcome, JobOutcome.Failed).SetProperty(r => r.FinishedAt, now)
                    .SetProperty(r => r.Error, "节点失联，任务已由 " + node + " 恢复执行"));
            db.JobRuns.Add(new JobRun
            {
                JobGroup = key.Group, JobName = key.Name, Subject = key.Subject?.ToString(), FireInstanceId = context.BackgroundJob.Id,
                Node = Trim(node, 200), Attempt = Attempt(context), StartedAt = now, Outcome = JobOutcome.Running,
            });
            db.SaveChanges();
        });
    }

    public void OnPerformed(PerformedContext context)
    {
        if (JobCatalog.KeyOf(context.BackgroundJob.Job) is not { } key || !context.Items.TryGetValue(StartedKey, out var started)) return;
        var error = context.Exception;
        var outcome = error is null ? JobOutcome.Succeeded : Attempt(context) <= RetriesOf(context) ? JobOutcome.Retrying : JobOutcome.Failed;
        Safely(key, db => db.JobRuns.Where(r => r.FireInstanceId == context.BackgroundJob.Id && r.Outcome == JobOutcome.Running)
            .ExecuteUpdate(s => s.SetProperty(r => r.Outcome, outcome).SetProperty(r => r.FinishedAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(r => r.DurationMs, ((Stopwatch)started).ElapsedMilliseconds)
                .SetProperty(r => r.Error, error == null ? null : Trim(Describe(error), JobRun.ErrorMaxLength))));
    }

    private static int Attempt(PerformContext context) => context.GetJobParameter<int>("RetryCount") + 1;

    /// <summary>The retries Hangfire will grant this job: its own AutomaticRetry if it has one, else the configured policy.</summary>
    private int RetriesOf(PerformContext context) => services.GetRequiredService<IJobFilterProvider>().GetFilters(context.BackgroundJob.Job)
        .Select(f => f.Instance).OfType<AutomaticRetryAttribute>().LastOrDefault()?.Attempts ?? 0;

    private void Safely(JobKey key, Action<SkillsLadderDbContext> write)
    {
        try
        {
            using var scope = scopes.CreateScope();
            write(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Job history not written for {Job}", key.Id);
        }
    }

    /// <summary>The innermost cause is the one a reader needs ("competition 7 not found"), not Hangfire's wrapper.</summary>
    private static string Describe(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return $"{inner.GetType().Name}: {inner.Message}";
    }

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..max];
}
