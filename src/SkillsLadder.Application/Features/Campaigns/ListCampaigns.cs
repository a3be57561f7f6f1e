using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

public sealed record ListCampaignsQuery : IRequest<PagedList<CampaignListItem>>
{
    public string? Search { get; init; }
    public CampaignStatus? Status { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record CampaignListItem(int Id, string Name, CampaignKind Kind, string Project, DateOnly StartsOn, DateOnly EndsOn,
    PeriodCadence Cadence, CampaignStatus Status, int Units, int Individuals, int Periods, int LockedPeriods);

/// <summary>Newest first; counts only active participants, as the standings do.</summary>
public sealed class ListCampaignsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListCampaignsQuery, PagedList<CampaignListItem>>
{
    public async Task<PagedList<CampaignListItem>> Handle(ListCampaignsQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCampaignOrganizer();
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.Campaigns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
            query = query.Where(c => EF.Functions.Like(c.Name, Paging.LikeContains(request.Search), "\\")
                                     || EF.Functions.Like(c.Project, Paging.LikeContains(request.Search), "\\"));
        if (request.Status is { } status) query = query.Where(c => c.Status == status);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(c => new CampaignListItem(c.Id, c.Name, c.Kind, c.Project, c.StartsOn, c.EndsOn, c.Cadence, c.Status,
                c.Participants.Count(p => p.IsActive && p.Kind == ParticipantKind.Unit),
                c.Participants.Count(p => p.IsActive && p.Kind == ParticipantKind.Individual),
                c.Periods.Count, c.Periods.Count(p => p.Status == PeriodStatus.Locked)))
            .ToListAsync(cancellationToken);
        return new PagedList<CampaignListItem>(items, page, size, total);
    }
}
