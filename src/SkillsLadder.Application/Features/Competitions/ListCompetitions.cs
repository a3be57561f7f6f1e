using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

public sealed record ListCompetitionsQuery : IRequest<PagedList<CompetitionListItem>>
{
    public string? Search { get; init; }
    public CompetitionStatus? Status { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record CompetitionListItem(
    int Id, string Name, CompetitionLevel Level, string OccupationName, DateOnly StartsOn, DateOnly EndsOn, string Venue,
    CompetitionStatus Status, int ActiveEntrants, bool IsChief);

/// <summary>Organizers see every competition; a judge sees those they sit on; nobody else sees any (403).</summary>
public sealed class ListCompetitionsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<ListCompetitionsQuery, PagedList<CompetitionListItem>>
{
    public async Task<PagedList<CompetitionListItem>> Handle(ListCompetitionsQuery request, CancellationToken cancellationToken)
    {
        var isJudge = user.IsInRole(AppRoles.Judge);
        if (!user.IsOrganizer() && !isJudge) throw new ForbiddenException("只有竞赛组织者和裁判可以查看竞赛。");
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var userId = user.UserId ?? 0;
        var query = db.Competitions.AsNoTracking();
        if (!user.IsOrganizer())
            query = query.Where(c => db.CompetitionJudges.Any(j => j.CompetitionId == c.Id && j.UserId == userId));
        if (!string.IsNullOrWhiteSpace(request.Search))
            query = query.Where(c => EF.Functions.Like(c.Name, Paging.LikeContains(request.Search), "\\"));
        if (request.Status is { } status) query = query.Where(c => c.Status == status);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(c => new CompetitionListItem(c.Id, c.Name, c.Level,
                db.Occupations.Where(o => o.Id == c.OccupationId).Select(o => o.Name).Single(),
                c.StartsOn, c.EndsOn, c.Venue, c.Status,
                db.Entrants.Count(e => e.CompetitionId == c.Id && e.Status == EntrantStatus.Active),
                db.CompetitionJudges.Any(j => j.CompetitionId == c.Id && j.UserId == userId && j.IsChief)))
            .ToListAsync(cancellationToken);
        return new PagedList<CompetitionListItem>(items, page, size, total);
    }
}
