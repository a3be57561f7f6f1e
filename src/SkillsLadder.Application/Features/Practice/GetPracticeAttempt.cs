using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>An attempt for its own worker (and for practice managers, who answer a worker's query about it).</summary>
public sealed record GetPracticeAttemptQuery(long AttemptId) : MediatR.IRequest<PracticeAttemptView>;

public sealed class GetPracticeAttemptHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<GetPracticeAttemptQuery, PracticeAttemptView>
{
    public async Task<PracticeAttemptView> Handle(GetPracticeAttemptQuery request, CancellationToken ct)
    {
        var attempt = await db.PracticeAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AttemptId, ct)
                      ?? throw new NotFoundException("PracticeAttempt", request.AttemptId);
        if (attempt.WorkerId != user.WorkerId && !user.ManagesPractice()) throw new ForbiddenException("这不是您的答卷。");
        return await PracticeAttemptViews.BuildAsync(db, attempt, clock.GetUtcNow().UtcDateTime, ct);
    }
}
