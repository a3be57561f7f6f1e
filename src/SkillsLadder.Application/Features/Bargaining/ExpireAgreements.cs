using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// Marks every effective agreement past its expiry date as expired; meant for a daily job, and for admins by hand.
/// Returns the ids it expired.
/// </summary>
public sealed record ExpireAgreementsCommand : ICommand<IReadOnlyList<int>>;

public sealed class ExpireAgreementsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ExpireAgreementsCommand, IReadOnlyList<int>>
{
    public async Task<IReadOnlyList<int>> Handle(ExpireAgreementsCommand request, CancellationToken cancellationToken)
    {
        // A scheduled job runs with no signed-in user; a person must be an admin.
        if (user.IsAuthenticated && !user.IsAdmin()) throw new ForbiddenException("只有管理员可以执行协议到期处理。");
        var today = clock.Today();
        var due = await db.WageAgreements.Where(a => a.Status == AgreementStatus.Effective && a.ExpiresOn < today).ToListAsync(cancellationToken);
        return due.Where(a => a.Expire(today)).Select(a => a.Id).ToList();
    }
}
