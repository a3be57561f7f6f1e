using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Schedules the daily jobs (the ladder's two, and the deadlines of notices and wage agreements) on cron expressions
/// read as China time (Asia/Shanghai, UTC+8 all year). An existing trigger with the same expression is left alone, so
/// an admin's pause survives restarts; a changed expression replaces it.
/// </summary>
public static class DailyJobsSchedule
{
    public static readonly JobKey Reevaluation = new(JobNames.LadderReevaluationName, JobNames.LadderGroup);
    public static readonly JobKey HonourExpiry = new(JobNames.HonourExpiryName, JobNames.LadderGroup);
    public static readonly JobKey NoticeEnd = new(JobNames.NoticeEndName, JobNames.DeadlinesGroup);
    public static readonly JobKey AgreementExpiry = new(JobNames.AgreementExpiryName, JobNames.DeadlinesGroup);

    public static async Task EnsureAsync(IScheduler scheduler, JobsOptions options, ILogger logger, CancellationToken ct)
    {
        await EnsureAsync<NoticeEndJob>(scheduler, NoticeEnd, options.NoticeEndCron,
            "公示期满：公示已结束且无未处理异议的提名自动授予荣誉（有异议的等待处理）", logger, ct);
        await EnsureAsync<AgreementExpiryJob>(scheduler, AgreementExpiry, options.AgreementExpiryCron,
            "工资协议到期：已生效且过了到期日的能级工资协议标记为已到期", logger, ct);
        await EnsureAsync<HonourExpiryJob>(scheduler, HonourExpiry, options.HonourExpiryCron,
            "荣誉到期：提前提醒即将到期的荣誉，到期的荣誉失效并重新评定持有人的人才层级", logger, ct);
        await EnsureAsync<LadderReevaluationJob>(scheduler, Reevaluation, options.LadderCron,
            "人才层级每日复核：按现行阶梯政策分批重新评定全部职工的人才层级", logger, ct);
    }

    private static async Task EnsureAsync<TJob>(IScheduler scheduler, JobKey key, string cron, string description, ILogger logger,
        CancellationToken ct) where TJob : IJob
    {
        var triggerKey = new TriggerKey(key.Name, key.Group);
        if (await scheduler.GetTrigger(triggerKey, ct) is ICronTrigger existing && existing.CronExpressionString == cron) return;

        var job = JobBuilder.Create<TJob>().WithIdentity(key).WithDescription(description).StoreDurably().RequestRecovery().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(key)
            // A night missed while every node was down is run once when one comes back, not once per missed night.
            .WithCronSchedule(cron, s => s.InTimeZone(ChinaTime).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
        logger.LogInformation("{Job} scheduled at '{Cron}' (China time)", key, cron);
    }

    private static TimeZoneInfo ChinaTime => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
