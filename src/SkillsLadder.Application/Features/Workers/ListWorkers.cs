using AutoMapper;
using AutoMapper.QueryableExtensions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

public sealed record ListWorkersQuery : IRequest<PagedList<WorkerListItem>>
{
    /// <summary>Part of the name; a whole ID number is matched too, but only for admins.</summary>
    public string? Search { get; init; }
    public int? EnterpriseId { get; init; }
    public int? SkillLevelId { get; init; }
    public int? OccupationId { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record WorkerListItem
{
    public int Id { get; init; }
    public string FullName { get; init; } = "";
    /// <summary>Masked unless the reader is an admin or this worker.</summary>
    public string NationalIdNumber { get; set; } = "";
    public int EnterpriseId { get; init; }
    public string EnterpriseName { get; init; } = "";
    public string OccupationName { get; init; } = "";
    public string? CurrentSkillLevelNameZh { get; init; }
    public string? CurrentSkillLevelNameEn { get; init; }
    public DateOnly HireDate { get; init; }
    public bool IsUnionMember { get; init; }
}

public sealed class WorkerListProfile : Profile
{
    public WorkerListProfile() => CreateMap<Worker, WorkerListItem>();
}

public sealed class ListWorkersHandler(SkillsLadderDbContext db, IConfigurationProvider mapping, ICurrentUser user)
    : IRequestHandler<ListWorkersQuery, PagedList<WorkerListItem>>
{
    public async Task<PagedList<WorkerListItem>> Handle(ListWorkersQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanBrowseDirectory();
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.Workers.AsNoTracking();
        if (user.EnterpriseScope() is { } scope) query = query.Where(w => w.EnterpriseId == scope);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = user.IsAdmin() && NationalIdNumber.IsValid(search)
                ? query.Where(w => w.NationalIdNumber == NationalIdNumber.Normalise(search))
                : query.Where(w => EF.Functions.Like(w.FullName, Paging.LikeContains(search), "\\"));
        }
        if (request.EnterpriseId is { } enterpriseId) query = query.Where(w => w.EnterpriseId == enterpriseId);
        if (request.SkillLevelId is { } levelId) query = query.Where(w => w.CurrentSkillLevelId == levelId);
        if (request.OccupationId is { } occupationId) query = query.Where(w => w.OccupationId == occupationId);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(w => w.FullName).ThenBy(w => w.Id)
            .Skip((page - 1) * size).Take(size)
            .ProjectTo<WorkerListItem>(mapping).ToListAsync(cancellationToken);
        foreach (var item in items.Where(i => !user.MaySeeIdNumberOf(i.Id)))
            item.NationalIdNumber = NationalIdNumber.Mask(item.NationalIdNumber);
        return new PagedList<WorkerListItem>(items, page, size, total);
    }
}
