using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// The periodic safety net: ranks every competition and labour campaign whose standings demands no snapshot has settled, every closed practice round without a board (a schedule lost
/// to a crash between commit and scheduling, a run that failed for good), and trims the job history.
/// </summary>
/// <param name="KeepHistoryDays">Job runs older than this are deleted, so the history stays bounded.</param>
public sealed record SweepStandingsCommand(int KeepHistoryDays) : IRequest<SweepResult>;

/// <param name="RequestedCampaigns">Labour campaigns ranked again, beside the competitions in <see cref="Requested"/>.</param>
public sealed record SweepResult(IReadOnlyList<int> Requested, int HistoryDeleted)
{
    public IReadOnlyList<int> RequestedCampaigns { get; init; } = [];
    /// <summary>Closed practice rounds without a board, ranked now.</summary>
    public IReadOnlyList<int> RequestedPracticeRounds { get; init; } = [];
}

public sealed class SweepStandingsHandler(IMediator mediator, IStandingsScheduler scheduler, Practice.IPracticeScheduler practice,
    SkillsLadderDbContext db, TimeProvider clock)
    : IRequestHandler<SweepStandingsCommand, SweepResult>
{
    public async Task<SweepResult> Handle(SweepStandingsCommand request, CancellationToken cancellationToken)
    {
        var pending = await mediator.Send(new PendingStandingsQuery(), cancellationToken);
        // Each competition through its own ranking job: no overlap with a run already going, retries, its own history.
        if (pending.Count > 0) await scheduler.RequestNowAsync(pending, cancellationToken);
        var campaigns = await mediator.Send(new PendingCampaignStandingsQuery(), cancellationToken);
        if (campaigns.Count > 0) await scheduler.RequestCampaignsNowAsync(campaigns, cancellationToken);
        var rounds = await mediator.Send(new Practice.PendingPracticeBoardsQuery(), cancellationToken);
        if (rounds.Count > 0) await practice.RankNowAsync(rounds, cancellationToken);

        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, request.KeepHistoryDays));
        var deleted = await db.JobRuns.Where(r => r.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return new SweepResult(pending, deleted) { RequestedCampaigns = campaigns, RequestedPracticeRounds = rounds };
    }
}
