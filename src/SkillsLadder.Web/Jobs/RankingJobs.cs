using Hangfire;
using MediatR;
using Microsoft.Extensions.Options;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Application.Features.Ranking;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Ranks one competition. Thin by design: Hangfire activates the job in a fresh DI scope, and the job sends one command
/// through the whole pipeline (logging, validation, transaction). One at a time per competition across every node: the
/// lock's resource names the competition, so two competitions rank in parallel, and a second run waits for the first
/// (<see cref="OneAtATimeAttribute"/>). A run lost with its node is run again
/// elsewhere, which is safe because ranking writes nothing on unchanged input.
/// </summary>
/// <remarks>
/// While marking goes on, a whole live snapshot is taken at most once per <see cref="JobsOptions.LiveSnapshotInterval"/>:
/// a run that comes sooner ranks nothing and books the next run for when it is due, so the saves between ask for a run
/// that is already waiting (coalesced in memory, no storage round trip) and ranking work follows the interval, not the
/// rate of saves.
/// </remarks>
[Queue(JobQueues.Ranking)]
public sealed class RankCompetitionJob(IMediator mediator, IOptions<JobsOptions> options, RankingRequests requests, TimeProvider clock)
{
    [JobDisplayName("竞赛 {0} 排名")]
    [OneAtATime("skillsladder:ranking:competition-{0}")]
    public async Task<RecomputeResult> RunAsync(int competitionId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RecomputeStandingsCommand(competitionId, options.Value.LiveSnapshotInterval), cancellationToken);
        if (result.DueAt is { } due)
        {
            var wait = due - clock.GetUtcNow().UtcDateTime;
            requests.Request(JobCatalog.Competition(competitionId), wait > options.Value.RankingDelay ? wait : options.Value.RankingDelay);
        }
        return result;
    }
}

/// <summary>Ranks one labour campaign, beside the competitions' jobs and one at a time per campaign.</summary>
[Queue(JobQueues.Ranking)]
public sealed class RankCampaignJob(IMediator mediator)
{
    [JobDisplayName("劳动竞赛 {0} 排名")]
    [OneAtATime("skillsladder:ranking:campaign-{0}")]
    public Task<CampaignRecomputeResult> RunAsync(int campaignId, CancellationToken cancellationToken) =>
        mediator.Send(new RecomputeCampaignStandingsCommand(campaignId), cancellationToken);
}

/// <summary>
/// Ranks one practice round at its close. A run lost with its node runs again elsewhere, which only writes a new board
/// with the same rows.
/// </summary>
[Queue(JobQueues.Ranking)]
public sealed class RankPracticeRoundJob(IMediator mediator)
{
    [JobDisplayName("网上练兵 {0} 排名")]
    [OneAtATime("skillsladder:ranking:practice-{0}")]
    public Task<PracticeBoardResult> RunAsync(int roundId, CancellationToken cancellationToken) =>
        mediator.Send(new RankPracticeRoundCommand(roundId), cancellationToken);
}

public static class JobQueues
{
    /// <summary>Rankings first: a worker takes the ranking queue before the default one.</summary>
    public const string Ranking = "ranking";
    public const string Default = "default";
}
