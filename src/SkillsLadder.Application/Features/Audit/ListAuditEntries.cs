using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Audit;

/// <summary>The audit log, newest first, for admins only: sign-ins and every change to people's data.</summary>
public sealed record ListAuditEntriesQuery : IRequest<PagedList<AuditEntryItem>>
{
    /// <summary>Worker, Enterprise, SkillCertificate, WorkerLevelChange, AppUser or Account.</summary>
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    public string? Actor { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record AuditEntryItem(long Id, DateTime At, string Actor, string Action, string EntityType, string? EntityId, string? Before, string? After, string? Address);

public sealed class ListAuditEntriesHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListAuditEntriesQuery, PagedList<AuditEntryItem>>
{
    public async Task<PagedList<AuditEntryItem>> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以查看审计日志。");
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.EntityType)) query = query.Where(a => a.EntityType == request.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(request.EntityId)) query = query.Where(a => a.EntityId == request.EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(request.Actor)) query = query.Where(a => a.Actor == request.Actor.Trim());

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new AuditEntryItem(a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Before, a.After, a.Address))
            .ToListAsync(cancellationToken);
        return new PagedList<AuditEntryItem>(items, page, size, total);
    }
}
