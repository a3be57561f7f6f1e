using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// The public notice (公示), for anyone without signing in: every nomination whose notice window includes today or
/// starts later. Only what a notice publishes: name, enterprise, what is proposed, where from, and the window.
/// </summary>
public sealed record ListNoticesQuery : IRequest<IReadOnlyList<NoticeItem>>;

public sealed record NoticeItem(int NominationId, string WorkerName, string EnterpriseName, NominationKind Kind, string Subject,
    NominationSource Source, string? ResultReference, DateOnly StartsOn, DateOnly EndsOn, bool IsOpenToday)
{
    /// <summary>A collective title's unit (先进集体): the notice names it instead of the leader who stands for it.</summary>
    public string? CollectiveName { get; init; }
}

public sealed class ListNoticesHandler(SkillsLadderDbContext db, TimeProvider clock) : IRequestHandler<ListNoticesQuery, IReadOnlyList<NoticeItem>>
{
    public async Task<IReadOnlyList<NoticeItem>> Handle(ListNoticesQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var rows = await (from n in db.Nominations.AsNoTracking()
                          where n.Status == NominationStatus.OnNotice && n.NoticeEndsOn >= today
                          join w in db.Workers on n.WorkerId equals w.Id
                          join e in db.Enterprises on w.EnterpriseId equals e.Id
                          from h in db.HonourTypes.Where(h => h.Id == n.HonourTypeId).DefaultIfEmpty()
                          from l in db.SkillLevels.Where(l => l.Id == n.TargetLevelId).DefaultIfEmpty()
                          orderby n.NoticeEndsOn, w.FullName
                          select new { n.Id, w.FullName, Enterprise = e.Name, n.Kind, Honour = h == null ? null : h.Name, Level = l == null ? null : l.NameZh,
                              n.Source, n.Evidence, n.CollectiveName, Starts = n.NoticeStartsOn!.Value, Ends = n.NoticeEndsOn!.Value })
            .ToListAsync(cancellationToken);
        // Enterprise evidence may hold personal detail, so only a result's (or a campaign's standing's) reference is published.
        return rows.Select(r => new NoticeItem(r.Id, r.FullName, r.Enterprise, r.Kind, r.Honour ?? $"晋升为{r.Level}", r.Source,
            r.Source != NominationSource.Enterprise ? r.Evidence : null, r.Starts, r.Ends, r.Starts <= today) { CollectiveName = r.CollectiveName }).ToList();
    }
}
