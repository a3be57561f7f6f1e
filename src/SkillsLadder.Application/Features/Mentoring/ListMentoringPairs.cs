using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// The pairs the reader may see (<see cref="MentoringAccess.VisibleTo"/>): a worker's own, an HR's enterprise's, all
/// for federation reviewers and admins; newest first, optionally by status. MayCreate tells the page to offer "new".
/// </summary>
public sealed record ListMentoringPairsQuery(MentoringStatus? Status = null) : IRequest<MentoringPairList>;

public sealed record MentoringPairListItem(int Id, string MentorName, string ApprenticeName, string EnterpriseName,
    DateOnly StartsOn, DateOnly EndsOn, MentoringStatus Status, int LevelsGained);

public sealed record MentoringPairList(IReadOnlyList<MentoringPairListItem> Items, bool MayCreate);

public sealed class ListMentoringPairsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<ListMentoringPairsQuery, MentoringPairList>
{
    public async Task<MentoringPairList> Handle(ListMentoringPairsQuery request, CancellationToken cancellationToken)
    {
        var pairs = db.MentoringPairs.AsNoTracking().VisibleTo(user);
        if (request.Status is { } status) pairs = pairs.Where(p => p.Status == status);
        var rows = await pairs.OrderByDescending(p => p.Id).Take(500)
            .Select(p => new
            {
                p.Id, p.StartsOn, p.EndsOn, p.Status, p.ApprenticeLevelAtStart, p.ApprenticeLevelAtEnd,
                Mentor = db.Workers.Where(w => w.Id == p.MentorWorkerId).Select(w => w.FullName).Single(),
                Apprentice = db.Workers.Where(w => w.Id == p.ApprenticeWorkerId).Select(w => w.FullName).Single(),
                Enterprise = db.Enterprises.Where(e => e.Id == p.EnterpriseId).Select(e => e.Name).Single(),
            }).ToListAsync(cancellationToken);
        var items = rows.Select(r => new MentoringPairListItem(r.Id, r.Mentor, r.Apprentice, r.Enterprise, r.StartsOn, r.EndsOn, r.Status,
            r.ApprenticeLevelAtEnd is { } end ? Math.Max(0, end - r.ApprenticeLevelAtStart) : 0)).ToList();
        return new MentoringPairList(items, user.IsAdmin() || user.CanEditWorkersOf(null));
    }
}
