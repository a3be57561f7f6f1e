using MediatR;
using Quartz;
using SkillsLadder.Application.Features.Ranking;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Ranks one competition: one job per competition (group "ranking", name "competition-{id}"), so "no overlap" is per
/// competition and two competitions rank in parallel. Thin by design: the command, in a fresh scope, through the
/// whole pipeline (logging, validation, transaction). The job requests recovery: if its node dies mid-run, another
/// node of the cluster runs it again, which is safe because ranking is idempotent.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RankCompetitionJob(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<JobsOptions> options) : IJob
{
    public const string CompetitionIdKey = "competitionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var competitionId = context.MergedJobDataMap.GetInt(CompetitionIdKey);
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new RecomputeStandingsCommand(competitionId, options.Value.LiveSnapshotInterval), cancellationToken);
    }
}
