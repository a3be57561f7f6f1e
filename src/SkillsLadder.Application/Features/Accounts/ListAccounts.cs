using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Accounts;

public sealed record ListAccountsQuery : IRequest<PagedList<AccountItem>>
{
    public string? Search { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record AccountItem(int Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, int? WorkerId, int? EnterpriseId, bool LockedOut);

public sealed class ListAccountsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListAccountsQuery, PagedList<AccountItem>>
{
    public async Task<PagedList<AccountItem>> Handle(ListAccountsQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以管理账户。");
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
            query = query.Where(u => EF.Functions.Like(u.UserName!, Paging.LikeContains(request.Search), "\\")
                                     || EF.Functions.Like(u.DisplayName, Paging.LikeContains(request.Search), "\\"));
        var total = await query.CountAsync(cancellationToken);
        var accounts = await query.OrderBy(u => u.UserName).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var roles = await db.UserRoles.Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = accounts.Select(a => new AccountItem(a.Id, a.UserName!, a.DisplayName,
            roles.Where(r => r.UserId == a.Id).Select(r => r.Name!).ToList(), a.WorkerId, a.EnterpriseId,
            a.LockoutEnd is { } end && end > now)).ToList();
        return new PagedList<AccountItem>(items, page, size, total);
    }
}
