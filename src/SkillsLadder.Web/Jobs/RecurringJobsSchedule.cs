using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// The recurring jobs: the standings sweep every SweepInterval and the daily jobs (the ladder's two, the deadlines of
/// notices and wage agreements) on cron expressions read as China time (Asia/Shanghai, UTC+8 all year). Every node
/// writes them at start; the storage keeps one of each for the cluster. A job an admin paused stays paused across
/// restarts: it is kept out of Hangfire and listed in a hash until resumed.
/// </summary>
public sealed class RecurringJobsSchedule(IRecurringJobManager manager, JobStorage storage, IOptions<JobsOptions> options,
    ILogger<RecurringJobsSchedule> logger) : IHostedService
{
    /// <summary>A paused job's mark in the storage: a hash per job, since Hangfire removes whole hashes only.</summary>
    public static string PausedHash(JobKey key) => "skillsladder:paused:" + key.Id;
    public static bool IsPaused(Hangfire.Storage.IStorageConnection connection, JobKey key) =>
        connection.GetAllEntriesFromHash(PausedHash(key))?.ContainsKey("since") == true;
    public static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Each recurring job's key, its Hangfire job, its cron expression and what it does.</summary>
    public IReadOnlyList<(JobKey Key, Job Job, string Cron, string Description)> All()
    {
        var o = options.Value;
        return
        [
            (JobCatalog.Sweep, Job.FromExpression<StandingsSweepJob>(j => j.RunAsync(CancellationToken.None)), SweepCron.Of(o.SweepInterval),
                "排名兜底巡检：为仍有未处理排名需求的竞赛重新排名，并清理过期的任务记录"),
            (JobCatalog.NoticeEnd, Job.FromExpression<NoticeEndJob>(j => j.RunAsync(CancellationToken.None)), o.NoticeEndCron,
                "公示期满：公示已结束且无未处理异议的提名自动授予荣誉（有异议的等待处理）"),
            (JobCatalog.AgreementExpiry, Job.FromExpression<AgreementExpiryJob>(j => j.RunAsync(CancellationToken.None)), o.AgreementExpiryCron,
                "工资协议到期：已生效且过了到期日的能级工资协议标记为已到期"),
            (JobCatalog.HonourExpiry, Job.FromExpression<HonourExpiryJob>(j => j.RunAsync(CancellationToken.None)), o.HonourExpiryCron,
                "荣誉到期：提前提醒即将到期的荣誉，到期的荣誉失效并重新评定持有人的人才层级"),
            (JobCatalog.LadderReevaluation, Job.FromExpression<LadderReevaluationJob>(j => j.RunAsync(CancellationToken.None)), o.LadderCron,
                "人才层级每日复核：按现行阶梯政策分批重新评定全部职工的人才层级"),
        ];
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        foreach (var (key, _, _, _) in All().Where(r => !IsPaused(connection, r.Key))) Ensure(key);
        // A run now (the start-up sweep): ranks what a stop left pending without waiting for the first period.
        if (options.Value.SweepOnStart && !IsPaused(connection, JobCatalog.Sweep)) manager.Trigger(JobCatalog.Sweep.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes one recurring job as configured; false when the key is not a recurring job.</summary>
    public bool Ensure(JobKey key)
    {
        if (All().FirstOrDefault(r => r.Key == key) is not { Job: not null } recurring) return false;
        manager.AddOrUpdate(key.Id, recurring.Job, recurring.Cron, new RecurringJobOptions
        {
            TimeZone = ChinaTime,
            // A night missed while every node was down is run once when one comes back, not once per missed night.
            MisfireHandling = MisfireHandlingMode.Relaxed,
        });
        logger.LogInformation("{Job} scheduled at '{Cron}' (China time)", key.Id, recurring.Cron);
        return true;
    }
}

/// <summary>The sweep's interval as a cron expression with seconds: 1–59 s, or whole minutes that divide an hour; zero: never.</summary>
public static class SweepCron
{
    public static string Of(TimeSpan interval) => interval switch
    {
        { Ticks: 0 } => Cron.Never(), // no periodic sweep (tests): only at start and by hand
        { TotalSeconds: >= 1 and < 60 } when interval.TotalSeconds % 1 == 0 => $"*/{(int)interval.TotalSeconds} * * * * *",
        { TotalMinutes: >= 1 and <= 60 } when interval.TotalSeconds % 60 == 0 && 60 % (int)interval.TotalMinutes == 0 =>
            $"0 */{(int)interval.TotalMinutes} * * * *",
        _ => throw new InvalidOperationException($"Jobs:SweepInterval {interval} is not 1–59 s or whole minutes that divide an hour."),
    };
}
