using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Coalescing on Quartz: each competition has one trigger key ("ranking"/"competition-{id}"), and a request stores a
/// one-shot trigger under it with <see cref="TriggerConflict.Keep"/>: while a run is still waiting, the store (under its
/// lock, so across the cluster too) keeps it and stores nothing. Once a run has started its one-shot trigger has no next
/// fire time, so the next change stores a new trigger, which waits for the running one (no concurrent execution):
/// at most one run going and one waiting per competition, however many marks arrive.
/// </summary>
public sealed class QuartzStandingsScheduler(ISchedulerFactory factory, IOptions<JobsOptions> options, TimeProvider clock,
    ILogger<QuartzStandingsScheduler> logger) : IStandingsScheduler
{
    private readonly JobsOptions _options = options.Value;
    /// <summary>Competitions with a run this node scheduled and that has not started yet: skips the store round trip in a burst.</summary>
    private readonly ConcurrentDictionary<int, DateTimeOffset> _waitingUntil = new();
    private readonly ConcurrentDictionary<int, bool> _jobsStored = new();

    public Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) =>
        RequestAsync(competitionIds, _options.RankingDelay, ct);

    public Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) =>
        RequestAsync(competitionIds, TimeSpan.Zero, ct);

    private async Task RequestAsync(IReadOnlyCollection<int> competitionIds, TimeSpan delay, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var now = clock.GetUtcNow();
        foreach (var competitionId in competitionIds.Distinct())
        {
            // A margin before the fire time: a run about to start may already have read the marks being committed now.
            if (delay > TimeSpan.Zero && _waitingUntil.TryGetValue(competitionId, out var fireAt) && now < fireAt - TimeSpan.FromMilliseconds(250))
                continue;
            await EnsureJobAsync(scheduler, competitionId, ct);
            var trigger = TriggerBuilder.Create()
                .WithIdentity(JobKeys.RankingTrigger(competitionId))
                .ForJob(JobKeys.Ranking(competitionId))
                .StartAt(now + delay)
                // Missed while the cluster was down: run once as soon as a node is back, the marks have not gone away.
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .WithRetryPolicy(RetryPolicy.Explicit(_options.EffectiveRetryDelays))
                .Build();
            // Keep, also for "now": a waiting retry is not reset to its first attempt, and is not run twice.
            var result = await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, ct);
            if (delay > TimeSpan.Zero) _waitingUntil[competitionId] = result.NextFireTimeUtc;
            logger.LogDebug("Ranking of competition {CompetitionId}: {Outcome}", competitionId, result.Outcome);
        }
    }

    /// <summary>One durable job per competition, stored on first use; its history and pause state live with it.</summary>
    private async Task EnsureJobAsync(IScheduler scheduler, int competitionId, CancellationToken ct)
    {
        if (_jobsStored.ContainsKey(competitionId)) return;
        var key = JobKeys.Ranking(competitionId);
        if (!await scheduler.Exists(key, ct))
        {
            var job = JobBuilder.Create<RankCompetitionJob>()
                .WithIdentity(key)
                .WithDescription($"竞赛 {competitionId} 排名")
                .UsingJobData(RankCompetitionJob.CompetitionIdKey, competitionId)
                .StoreDurably()
                .RequestRecovery()
                .Build();
            try { await scheduler.AddJob(job, new AddJobOptions(), ct); }
            catch (ObjectAlreadyExistsException) { } // another request or node stored it first: the same job
        }
        _jobsStored[competitionId] = true;
    }
}
