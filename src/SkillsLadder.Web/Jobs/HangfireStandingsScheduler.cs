using Microsoft.Extensions.Options;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Features.Practice;

namespace SkillsLadder.Web.Jobs;

/// <summary>Competitions' and labour campaigns' rankings on Hangfire, coalesced per competition or campaign by <see cref="RankingRequests"/>.</summary>
public sealed class HangfireStandingsScheduler(RankingRequests requests, IOptions<JobsOptions> options) : IStandingsScheduler
{
    /// <summary>Marks arriving: after the coalescing window, and one live ranking per <see cref="JobsOptions.LiveSnapshotInterval"/> at most.</summary>
    public Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) =>
        RequestAsync(competitionIds.Distinct().Select(JobCatalog.Competition), options.Value.RankingDelay, ct, options.Value.LiveSnapshotInterval);

    public Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) =>
        RequestAsync(competitionIds.Distinct().Select(JobCatalog.Competition), TimeSpan.Zero, ct);

    public Task RequestCampaignsSoonAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) =>
        RequestAsync(campaignIds.Distinct().Select(JobCatalog.Campaign), options.Value.RankingDelay, ct);

    public Task RequestCampaignsNowAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) =>
        RequestAsync(campaignIds.Distinct().Select(JobCatalog.Campaign), TimeSpan.Zero, ct);

    /// <summary>Hangfire's storage API is synchronous: off the request's thread, one key after the other.</summary>
    private Task RequestAsync(IEnumerable<JobKey> keys, TimeSpan delay, CancellationToken ct, TimeSpan spacing = default) =>
        Task.Run(() =>
        {
            foreach (var key in keys) requests.Request(key, delay, spacing);
        }, ct);
}

/// <summary>
/// Practice rounds on Hangfire: ranked at the close (a delayed run, replacing none that waits), or now by the sweep
/// and an admin. The close is read on the application's clock, so a rehearsal's moved clock shortens the wait.
/// </summary>
public sealed class HangfirePracticeScheduler(RankingRequests requests, TimeProvider clock) : IPracticeScheduler
{
    public Task RankAtAsync(int roundId, DateTime at, CancellationToken ct)
    {
        var delay = at - clock.GetUtcNow().UtcDateTime;
        return Task.Run(() => requests.Request(JobCatalog.PracticeRound(roundId), delay > TimeSpan.Zero ? delay : TimeSpan.Zero), ct);
    }

    public Task RankNowAsync(IReadOnlyCollection<int> roundIds, CancellationToken ct) =>
        Task.Run(() =>
        {
            foreach (var roundId in roundIds.Distinct()) requests.Request(JobCatalog.PracticeRound(roundId), TimeSpan.Zero);
        }, ct);
}
