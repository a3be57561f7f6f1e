namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// Asks the job engine to rank competitions (and labour campaigns) again. Implemented at the edge (Hangfire in the web host); the application only
/// says "soon" or "now". Losing a request is tolerable by design: the standings demands are persisted with the change
/// that caused them, and the periodic sweep ranks whatever is still pending.
/// </summary>
public interface IStandingsScheduler
{
    /// <summary>
    /// Ranks each competition shortly (after the configured coalescing delay), unless a run is already waiting for
    /// it: a burst of changes causes a handful of runs, not one per change.
    /// </summary>
    Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct);

    /// <summary>Ranks each competition as soon as a worker is free (the sweep, an admin's "run now").</summary>
    Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct);

    /// <summary>The same for labour campaigns: each has its own ranking job, coalesced the same way.</summary>
    Task RequestCampaignsSoonAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct);

    Task RequestCampaignsNowAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct);
}

/// <summary>With jobs disabled (Jobs:Enabled=false, and slice tests) nothing is scheduled; demands wait for a sweep.</summary>
public sealed class NoStandingsScheduler : IStandingsScheduler
{
    public Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) => Task.CompletedTask;
    public Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) => Task.CompletedTask;
    public Task RequestCampaignsSoonAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) => Task.CompletedTask;
    public Task RequestCampaignsNowAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) => Task.CompletedTask;
}
