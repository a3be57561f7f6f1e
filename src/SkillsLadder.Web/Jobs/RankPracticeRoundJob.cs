using MediatR;
using Quartz;
using SkillsLadder.Application.Features.Practice;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Ranks one practice round: one job per round (group "ranking", name "practice-{id}") beside the competitions' and
/// campaigns' jobs, fired at the round's close. Thin by design: the command in a fresh scope through the whole
/// pipeline. Recoverable: a run lost with its node runs again elsewhere, which only writes a new board with the same rows.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RankPracticeRoundJob(IServiceScopeFactory scopes) : IJob
{
    public const string RoundIdKey = "roundId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var roundId = context.MergedJobDataMap.GetInt(RoundIdKey);
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new RankPracticeRoundCommand(roundId), cancellationToken);
    }
}
