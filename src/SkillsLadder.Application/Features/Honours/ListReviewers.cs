using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>The federation's reviewer accounts (HR reviewers not tied to an enterprise): the choices for assignment.</summary>
public sealed record ListReviewersQuery : IRequest<IReadOnlyList<ReviewerDto>>;

public sealed record ReviewerDto(int UserId, string UserName, string DisplayName);

public sealed class ListReviewersHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListReviewersQuery, IReadOnlyList<ReviewerDto>>
{
    public async Task<IReadOnlyList<ReviewerDto>> Handle(ListReviewersQuery request, CancellationToken cancellationToken)
    {
        user.EnsureFederationReviewer();
        return await db.FederationReviewers().OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new ReviewerDto(u.Id, u.UserName!, u.DisplayName)).ToListAsync(cancellationToken);
    }
}

public static class ReviewerAccounts
{
    public static IQueryable<AppUser> FederationReviewers(this SkillsLadderDbContext db) =>
        from u in db.Users
        where u.EnterpriseId == null
              && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == AppRoles.HrReviewer))
        select u;
}
