using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// An admin runs a job that failed for good once more (its attempts start over). Not an ICommand: it writes only the
/// engine's storage. A ranking that failed is also picked up by the sweep; this is for "now, and I watch it".
/// </summary>
public sealed record RetryJobCommand(string JobId) : IRequest<Unit>;

public sealed class RetryJobHandler(SkillsLadderDbContext db, IJobControl jobs, ICurrentUser user, TimeProvider clock) : IRequestHandler<RetryJobCommand, Unit>
{
    public async Task<Unit> Handle(RetryJobCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以操作后台任务。");
        if (!await jobs.RetryAsync(request.JobId, cancellationToken)) throw new NotFoundException("FailedJob", request.JobId);
        AuditLog.Record(db, user, clock, "JobRetried", "Job", request.JobId, new { request.JobId });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
