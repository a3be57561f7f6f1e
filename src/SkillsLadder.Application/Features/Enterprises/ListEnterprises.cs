using AutoMapper;
using AutoMapper.QueryableExtensions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Features.Enterprises;

public sealed record ListEnterprisesQuery : IRequest<PagedList<EnterpriseListItem>>
{
    /// <summary>Part of the name, or the start of the credit code.</summary>
    public string? Search { get; init; }
    public int? IndustryId { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record EnterpriseListItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string CreditCode { get; init; } = "";
    public string IndustryName { get; init; } = "";
    public string District { get; init; } = "";
    public int WorkerCount { get; set; }
}

public sealed class EnterpriseListProfile : Profile
{
    public EnterpriseListProfile() =>
        CreateMap<Enterprise, EnterpriseListItem>().ForMember(d => d.WorkerCount, o => o.Ignore());
}

public sealed class ListEnterprisesHandler(SkillsLadderDbContext db, IConfigurationProvider mapping, ICurrentUser user)
    : IRequestHandler<ListEnterprisesQuery, PagedList<EnterpriseListItem>>
{
    public async Task<PagedList<EnterpriseListItem>> Handle(ListEnterprisesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanBrowseDirectory();
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.Enterprises.AsNoTracking();
        if (user.EnterpriseScope() is { } scope) query = query.Where(e => e.Id == scope);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = Paging.LikeContains(request.Search);
            var codePrefix = request.Search.Trim().ToUpperInvariant();
            query = query.Where(e => EF.Functions.Like(e.Name, pattern, "\\") || e.CreditCode.StartsWith(codePrefix));
        }
        if (request.IndustryId is { } industryId) query = query.Where(e => e.IndustryId == industryId);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .ProjectTo<EnterpriseListItem>(mapping).ToListAsync(cancellationToken);

        // One grouped count for the page rather than a correlated count per row.
        var ids = items.Select(i => i.Id).ToList();
        var counts = await db.Workers.Where(w => ids.Contains(w.EnterpriseId))
            .GroupBy(w => w.EnterpriseId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        foreach (var item in items) item.WorkerCount = counts.GetValueOrDefault(item.Id);
        return new PagedList<EnterpriseListItem>(items, page, size, total);
    }
}
