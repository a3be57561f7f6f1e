using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>The review queue, newest first, with filters; each reader sees what <see cref="HonoursAccess.VisibleTo"/> allows.</summary>
public sealed record ListNominationsQuery : IRequest<PagedList<NominationListItem>>
{
    public NominationStatus? Status { get; init; }
    public int? HonourTypeId { get; init; }
    public NominationSource? Source { get; init; }
    public int? EnterpriseId { get; init; }
    public bool? AssignedToMe { get; init; }
    /// <summary>Part of the worker's name (or of a collective's).</summary>
    public string? Search { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record NominationListItem(int Id, string WorkerName, string EnterpriseName, NominationKind Kind, string Subject,
    NominationSource Source, NominationStatus Status, string? ReviewerName, DateOnly? NoticeStartsOn, DateOnly? NoticeEndsOn, DateTime CreatedAt)
{
    /// <summary>A collective title's unit (先进集体); <see cref="WorkerName"/> is then its leader's.</summary>
    public string? CollectiveName { get; init; }
}

public sealed class ListNominationsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListNominationsQuery, PagedList<NominationListItem>>
{
    public async Task<PagedList<NominationListItem>> Handle(ListNominationsQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var nominations = db.Nominations.AsNoTracking().VisibleTo(user, db);
        if (request.Status is { } status) nominations = nominations.Where(n => n.Status == status);
        if (request.HonourTypeId is { } honour) nominations = nominations.Where(n => n.HonourTypeId == honour);
        if (request.Source is { } source) nominations = nominations.Where(n => n.Source == source);
        if (request.AssignedToMe == true)
        {
            var me = user.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? user.UserName;
            nominations = nominations.Where(n => n.ReviewerUserId == me);
        }
        var query = from n in nominations
                    join w in db.Workers on n.WorkerId equals w.Id
                    join e in db.Enterprises on w.EnterpriseId equals e.Id
                    from h in db.HonourTypes.Where(h => h.Id == n.HonourTypeId).DefaultIfEmpty()
                    from l in db.SkillLevels.Where(l => l.Id == n.TargetLevelId).DefaultIfEmpty()
                    select new { n, w.FullName, w.EnterpriseId, Enterprise = e.Name, Honour = h == null ? null : h.Name, Level = l == null ? null : l.NameZh };
        if (request.EnterpriseId is { } enterprise) query = query.Where(x => x.EnterpriseId == enterprise);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = Paging.LikeContains(request.Search);
            query = query.Where(x => EF.Functions.Like(x.FullName, pattern, "\\")
                                     || x.n.CollectiveName != null && EF.Functions.Like(x.n.CollectiveName, pattern, "\\"));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(x => x.n.CreatedAt).ThenByDescending(x => x.n.Id).Skip((page - 1) * size).Take(size)
            .Select(x => new NominationListItem(x.n.Id, x.FullName, x.Enterprise, x.n.Kind, x.Honour ?? "晋升为" + x.Level, x.n.Source, x.n.Status,
                x.n.ReviewerName, x.n.NoticeStartsOn, x.n.NoticeEndsOn, x.n.CreatedAt) { CollectiveName = x.n.CollectiveName })
            .ToListAsync(cancellationToken);
        return new PagedList<NominationListItem>(rows, page, size, total);
    }
}
