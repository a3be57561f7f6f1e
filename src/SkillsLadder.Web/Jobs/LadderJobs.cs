using MediatR;
using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Nightly (Jobs:LadderCron, China time): re-evaluates every worker's tier. Thin: the command does the work in batches
/// that commit one by one. Recoverable: a node that dies mid-run leaves committed batches behind, and the rerun on
/// another node finds those workers unchanged, so it is cheap and safe.
/// </summary>
[DisallowConcurrentExecution]
public sealed class LadderReevaluationJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReevaluateLadderCommand(), cancellationToken);
    }
}

/// <summary>Daily (Jobs:HonourExpiryCron, China time): warns holders of honours ending within Ladder:ExpiryWarningDays and lapses those that ended.</summary>
[DisallowConcurrentExecution]
public sealed class HonourExpiryJob(IServiceScopeFactory scopes, IConfiguration configuration) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var days = configuration.GetValue(ExpireHonoursCommand.WarningDaysKey, Domain.Ladder.LadderEvaluator.DefaultExpiryWarningDays);
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExpireHonoursCommand(days), cancellationToken);
    }
}
