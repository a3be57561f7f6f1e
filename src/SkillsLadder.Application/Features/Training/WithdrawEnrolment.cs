using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Takes a worker out of a programme before the result: the worker themself, their enterprise HR or a manager. The
/// place frees up; the row stays, so the same worker cannot enrol again in that programme.
/// </summary>
public sealed record WithdrawEnrolmentCommand(int EnrolmentId) : ICommand<int>;

public sealed class WithdrawEnrolmentHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<WithdrawEnrolmentCommand, int>
{
    public async Task<int> Handle(WithdrawEnrolmentCommand request, CancellationToken cancellationToken)
    {
        var (enrolment, enterpriseId) = await db.EnrolmentAsync(request.EnrolmentId, cancellationToken);
        if (!user.MayActFor(enrolment.WorkerId, enterpriseId)) throw new ForbiddenException("您无权为该职工退出培训。");
        enrolment.Withdraw();
        await db.SaveChangesAsync(cancellationToken);
        return enrolment.Id;
    }
}
