using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>The honour catalogue; inactive titles too unless <see cref="ActiveOnly"/> (the nomination form's list).</summary>
public sealed record ListHonourTypesQuery(bool ActiveOnly = false) : IRequest<IReadOnlyList<HonourTypeDto>>;

public sealed record HonourTypeDto(int Id, string Name, HonourLevel Level, int? ValidityYears, long? BonusFen, string? BonusYuan,
    bool CountsTowardCraftsman, bool NeedsSecondApproval, int NoticeWorkingDays, string? Description, bool IsActive, int Version)
{
    public static HonourTypeDto From(HonourType h) => new(h.Id, h.Name, h.Level, h.ValidityYears, h.BonusFen, Yuan.Format(h.BonusFen),
        h.CountsTowardCraftsman, h.NeedsSecondApproval, h.NoticeWorkingDays, h.Description, h.IsActive, h.Version);
}

public sealed class ListHonourTypesHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListHonourTypesQuery, IReadOnlyList<HonourTypeDto>>
{
    public async Task<IReadOnlyList<HonourTypeDto>> Handle(ListHonourTypesQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCatalogueReader();
        var query = db.HonourTypes.AsNoTracking();
        if (request.ActiveOnly) query = query.Where(h => h.IsActive);
        var types = await query.OrderByDescending(h => h.IsActive).ThenBy(h => h.Level).ThenBy(h => h.Name).ToListAsync(cancellationToken);
        return types.Select(HonourTypeDto.From).ToList();
    }
}

/// <summary>One catalogue entry, for the edit form.</summary>
public sealed record GetHonourTypeQuery(int Id) : IRequest<HonourTypeDto>;

public sealed class GetHonourTypeHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetHonourTypeQuery, HonourTypeDto>
{
    public async Task<HonourTypeDto> Handle(GetHonourTypeQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCatalogueReader();
        var type = await db.HonourTypes.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("HonourType", request.Id);
        return HonourTypeDto.From(type);
    }
}
