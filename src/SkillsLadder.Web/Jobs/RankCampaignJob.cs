using MediatR;
using Quartz;
using SkillsLadder.Application.Features.CampaignStandings;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Ranks one labour campaign: one job per campaign (group "ranking", name "campaign-{id}") beside the competitions'
/// jobs, so "no overlap" is per campaign. Thin by design: the command in a fresh scope through the whole pipeline. It
/// requests recovery: a run lost with its node is run again elsewhere, which is safe because ranking is idempotent.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RankCampaignJob(IServiceScopeFactory scopes) : IJob
{
    public const string CampaignIdKey = "campaignId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var campaignId = context.MergedJobDataMap.GetInt(CampaignIdKey);
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new RecomputeCampaignStandingsCommand(campaignId), cancellationToken);
    }
}
