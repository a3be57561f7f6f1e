using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// The nightly ladder re-evaluation: every worker against the policy in force today (China time), so that years
/// reached at a level, honours that ended and a newly effective policy show in Worker.Tier and the tier history.
/// Not an ICommand on purpose: each batch commits on its own (see <see cref="LadderSweep"/>).
/// </summary>
/// <param name="StartAfterWorkerId">Resume after this worker id (the LastWorkerId of a run that stopped); default from the start.</param>
public sealed record ReevaluateLadderCommand(int? StartAfterWorkerId = null, int? BatchSize = null) : IRequest<LadderSweepResult>
{
    public const string Reason = "每日复核";
}

public sealed class ReevaluateLadderValidator : AbstractValidator<ReevaluateLadderCommand>
{
    public ReevaluateLadderValidator()
    {
        RuleFor(c => c.StartAfterWorkerId).GreaterThanOrEqualTo(0).WithMessage("起始职工编号不能为负数。");
        RuleFor(c => c.BatchSize).InclusiveBetween(1, 20_000).WithMessage("每批人数应为 1–20000。");
    }
}

public sealed class ReevaluateLadderHandler(SkillsLadderDbContext db, TimeProvider clock)
    : IRequestHandler<ReevaluateLadderCommand, LadderSweepResult>
{
    public Task<LadderSweepResult> Handle(ReevaluateLadderCommand request, CancellationToken cancellationToken) =>
        db.ReevaluateAllAsync(clock.Today(), ReevaluateLadderCommand.Reason, clock.GetUtcNow().UtcDateTime,
            request.StartAfterWorkerId ?? 0, request.BatchSize ?? LadderSweep.DefaultBatchSize, cancellationToken);
}
