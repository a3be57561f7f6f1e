using MediatR;
using Microsoft.Extensions.Logging;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Behaviors;

/// <summary>
/// Registered outside the transaction: once a request has committed, the competitions and labour campaigns its unit of
/// work left standings demands for are ranked "soon" (coalesced by the scheduler). Never before the commit, so a job cannot read marks that
/// were rolled back; and never failing the request, because the demand rows are already committed and the sweep
/// finds them if this step is lost.
/// </summary>
public sealed class StandingsDemandBehavior<TRequest, TResponse>(
    SkillsLadderDbContext db, IStandingsScheduler scheduler, ILogger<StandingsDemandBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        // A request sent from inside another's transaction leaves the scheduling to the outer one, after its commit.
        if (db.Database.CurrentTransaction is not null) return response;
        if (db.DemandedCompetitions.Count > 0) await AskAsync(() => scheduler.RequestSoonAsync(db.DemandedCompetitions.ToList(), CancellationToken.None));
        if (db.DemandedCampaigns.Count > 0) await AskAsync(() => scheduler.RequestCampaignsSoonAsync(db.DemandedCampaigns.ToList(), CancellationToken.None));
        return response;
    }

    /// <summary>Each kind asked for apart: a failure for one does not lose the other's request.</summary>
    private async Task AskAsync(Func<Task> ask)
    {
        try
        {
            await ask();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Ranking not scheduled after {Request}; the standings sweep will pick it up", typeof(TRequest).Name);
        }
    }
}
