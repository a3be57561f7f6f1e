using MediatR;
using Microsoft.Extensions.Options;
using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Every SweepInterval: ranks whatever still has unsettled standings demands (a schedule lost to a crash, a run that
/// failed for good) and trims the job history. Not recoverable and not retried: the next sweep comes soon anyway.
/// </summary>
[DisallowConcurrentExecution]
public sealed class StandingsSweepJob(IServiceScopeFactory scopes, IOptions<JobsOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new SweepStandingsCommand(options.Value.KeepHistoryDays), cancellationToken);
    }
}
