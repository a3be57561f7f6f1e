using Microsoft.Extensions.Options;
using Quartz;
using SkillsLadder.Application.Features.Practice;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Practice rounds on Quartz: one durable job per round and one trigger under the same key. At creation the trigger
/// is set for the close (replacing any earlier one); the sweep's "now" keeps a trigger that is still waiting, so a
/// round is never ranked twice for one request.
/// </summary>
public sealed class QuartzPracticeScheduler(ISchedulerFactory factory, IOptions<JobsOptions> options, TimeProvider clock,
    ILogger<QuartzPracticeScheduler> logger) : IPracticeScheduler
{
    public async Task RankAtAsync(int roundId, DateTime at, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        await EnsureJobAsync(scheduler, roundId, ct);
        await scheduler.ScheduleTrigger(Trigger(roundId, new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))), TriggerConflict.Replace, ct);
        logger.LogDebug("Practice round {RoundId} ranked at {At}", roundId, at);
    }

    public async Task RankNowAsync(IReadOnlyCollection<int> roundIds, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        foreach (var roundId in roundIds.Distinct())
        {
            await EnsureJobAsync(scheduler, roundId, ct);
            await scheduler.ScheduleTrigger(Trigger(roundId, clock.GetUtcNow()), TriggerConflict.Keep, ct);
        }
    }

    private ITrigger Trigger(int roundId, DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity(JobKeys.PracticeRankingTrigger(roundId))
        .ForJob(JobKeys.PracticeRanking(roundId))
        .StartAt(at)
        // Missed while the cluster was down: rank as soon as a node is back, the hand-ins are all in.
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .WithRetryPolicy(RetryPolicy.Explicit(options.Value.EffectiveRetryDelays))
        .Build();

    private static async Task EnsureJobAsync(IScheduler scheduler, int roundId, CancellationToken ct)
    {
        var key = JobKeys.PracticeRanking(roundId);
        if (await scheduler.Exists(key, ct)) return;
        var job = JobBuilder.Create<RankPracticeRoundJob>().WithIdentity(key).WithDescription($"网上练兵 {roundId} 排名")
            .UsingJobData(RankPracticeRoundJob.RoundIdKey, roundId).StoreDurably().RequestRecovery().Build();
        try { await scheduler.AddJob(job, new AddJobOptions(), ct); }
        catch (ObjectAlreadyExistsException) { } // stored by another request or node first: the same job
    }
}
