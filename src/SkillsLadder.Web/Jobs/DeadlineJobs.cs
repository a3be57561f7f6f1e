using MediatR;
using Quartz;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Application.Features.Honours;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Daily (Jobs:NoticeEndCron, China time): confers the nominations whose public notice ended with no objection open.
/// Thin and safe to repeat: the command skips what it already conferred and counts those still waiting on objections.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NoticeEndJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ConferDueNominationsCommand(), cancellationToken);
    }
}

/// <summary>Daily (Jobs:AgreementExpiryCron, China time): marks effective wage agreements past their expiry date as expired.</summary>
[DisallowConcurrentExecution]
public sealed class AgreementExpiryJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExpireAgreementsCommand(), cancellationToken);
    }
}
