using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Coalescing on Quartz: each competition (and each labour campaign) has one trigger key ("ranking"/"competition-{id}",
/// "ranking"/"campaign-{id}"), and a request stores a one-shot trigger under it with <see cref="TriggerConflict.Keep"/>:
/// while a run is still waiting, the store (under its lock, so across the cluster too) keeps it and stores nothing.
/// Once a run has started its one-shot trigger has no next fire time, so the next change stores a new trigger, which
/// waits for the running one (no concurrent execution): at most one run going and one waiting per competition or
/// campaign, however many changes arrive.
/// </summary>
public sealed class QuartzStandingsScheduler(ISchedulerFactory factory, IOptions<JobsOptions> options, TimeProvider clock,
    ILogger<QuartzStandingsScheduler> logger) : IStandingsScheduler
{
    private readonly JobsOptions _options = options.Value;
    /// <summary>Jobs with a run this node scheduled and that has not started yet: skips the store round trip in a burst.</summary>
    private readonly ConcurrentDictionary<JobKey, DateTimeOffset> _waitingUntil = new();
    private readonly ConcurrentDictionary<JobKey, bool> _jobsStored = new();

    /// <summary>What one ranking job is about: its keys, the job class and the id it passes to its command.</summary>
    private sealed record Target(JobKey Job, TriggerKey Trigger, Type JobType, string IdKey, int Id, string Description);

    public Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) =>
        RequestAsync(competitionIds.Distinct().Select(Competition), _options.RankingDelay, ct);

    public Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) =>
        RequestAsync(competitionIds.Distinct().Select(Competition), TimeSpan.Zero, ct);

    public Task RequestCampaignsSoonAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) =>
        RequestAsync(campaignIds.Distinct().Select(Campaign), _options.RankingDelay, ct);

    public Task RequestCampaignsNowAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) =>
        RequestAsync(campaignIds.Distinct().Select(Campaign), TimeSpan.Zero, ct);

    private static Target Competition(int id) => new(JobKeys.Ranking(id), JobKeys.RankingTrigger(id), typeof(RankCompetitionJob),
        RankCompetitionJob.CompetitionIdKey, id, $"竞赛 {id} 排名");

    private static Target Campaign(int id) => new(JobKeys.CampaignRanking(id), JobKeys.CampaignRankingTrigger(id), typeof(RankCampaignJob),
        RankCampaignJob.CampaignIdKey, id, $"劳动竞赛 {id} 排名");

    private async Task RequestAsync(IEnumerable<Target> targets, TimeSpan delay, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var now = clock.GetUtcNow();
        foreach (var target in targets)
        {
            // A margin before the fire time: a run about to start may already have read the changes being committed now.
            if (delay > TimeSpan.Zero && _waitingUntil.TryGetValue(target.Job, out var fireAt) && now < fireAt - TimeSpan.FromMilliseconds(250))
                continue;
            await EnsureJobAsync(scheduler, target, ct);
            var trigger = TriggerBuilder.Create()
                .WithIdentity(target.Trigger)
                .ForJob(target.Job)
                .StartAt(now + delay)
                // Missed while the cluster was down: run once as soon as a node is back, the changes have not gone away.
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .WithRetryPolicy(RetryPolicy.Explicit(_options.EffectiveRetryDelays))
                .Build();
            // Keep, also for "now": a waiting retry is not reset to its first attempt, and is not run twice.
            var result = await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, ct);
            if (delay > TimeSpan.Zero) _waitingUntil[target.Job] = result.NextFireTimeUtc;
            logger.LogDebug("Ranking {Job}: {Outcome}", target.Job, result.Outcome);
        }
    }

    /// <summary>One durable job per competition or campaign, stored on first use; its history and pause state live with it.</summary>
    private async Task EnsureJobAsync(IScheduler scheduler, Target target, CancellationToken ct)
    {
        if (_jobsStored.ContainsKey(target.Job)) return;
        if (!await scheduler.Exists(target.Job, ct))
        {
            var job = JobBuilder.Create().OfType(target.JobType)
                .WithIdentity(target.Job)
                .WithDescription(target.Description)
                .UsingJobData(target.IdKey, target.Id)
                .StoreDurably()
                .RequestRecovery()
                .Build();
            try { await scheduler.AddJob(job, new AddJobOptions(), ct); }
            catch (ObjectAlreadyExistsException) { } // another request or node stored it first: the same job
        }
        _jobsStored[target.Job] = true;
    }
}
