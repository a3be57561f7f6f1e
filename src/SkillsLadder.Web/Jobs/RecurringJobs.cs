using Hangfire;
using MediatR;
using Microsoft.Extensions.Options;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Every SweepInterval: ranks whatever still has unsettled standings demands (a schedule lost to a crash, a run that
/// failed for good) and trims the job history. Not retried: the next sweep comes soon anyway.
/// </summary>
public sealed class StandingsSweepJob(IMediator mediator, IOptions<JobsOptions> options)
{
    [JobDisplayName("排名兜底巡检")]
    [AutomaticRetry(Attempts = 0, LogEvents = false)]
    [OneAtATime("skillsladder:job:standings-sweep", 60)]
    public Task<SweepResult> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new SweepStandingsCommand(options.Value.KeepHistoryDays), cancellationToken);
}

/// <summary>
/// Nightly (Jobs:LadderCron, China time): re-evaluates every worker's tier in batches that commit one by one. A node
/// that dies mid-run leaves committed batches behind, and the rerun finds those workers unchanged: cheap and safe.
/// </summary>
public sealed class LadderReevaluationJob(IMediator mediator)
{
    [JobDisplayName("人才层级每日复核")]
    [OneAtATime("skillsladder:job:ladder-reevaluation", 600)]
    public Task<LadderSweepResult> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new ReevaluateLadderCommand(), cancellationToken);
}

/// <summary>Daily (Jobs:HonourExpiryCron, China time): warns holders of honours ending within Ladder:ExpiryWarningDays and lapses those that ended.</summary>
public sealed class HonourExpiryJob(IMediator mediator, IConfiguration configuration)
{
    [JobDisplayName("荣誉到期")]
    [OneAtATime("skillsladder:job:honour-expiry", 600)]
    public Task<ExpireHonoursResult> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new ExpireHonoursCommand(configuration.GetValue(ExpireHonoursCommand.WarningDaysKey,
            Domain.Ladder.LadderEvaluator.DefaultExpiryWarningDays)), cancellationToken);
}

/// <summary>
/// Daily (Jobs:NoticeEndCron, China time): confers the nominations whose public notice ended with no objection open.
/// Safe to repeat: the command skips what it already conferred and counts those still waiting on objections.
/// </summary>
public sealed class NoticeEndJob(IMediator mediator)
{
    [JobDisplayName("公示期满")]
    [OneAtATime("skillsladder:job:notice-end", 600)]
    public Task<ConferDueResult> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new ConferDueNominationsCommand(), cancellationToken);
}

/// <summary>Daily (Jobs:AgreementExpiryCron, China time): marks effective wage agreements past their expiry date as expired.</summary>
public sealed class AgreementExpiryJob(IMediator mediator)
{
    [JobDisplayName("工资协议到期")]
    [OneAtATime("skillsladder:job:agreement-expiry", 600)]
    public Task<IReadOnlyList<int>> RunAsync(CancellationToken cancellationToken) =>
        mediator.Send(new ExpireAgreementsCommand(), cancellationToken);
}
