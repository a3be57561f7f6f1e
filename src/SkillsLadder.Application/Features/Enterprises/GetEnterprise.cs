using AutoMapper;
using AutoMapper.QueryableExtensions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Features.Enterprises;

public sealed record GetEnterpriseQuery(int Id) : IRequest<EnterpriseDetails>;

public sealed record EnterpriseDetails
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public string CreditCode { get; init; } = "";
    public int IndustryId { get; init; }
    public string IndustryName { get; init; } = "";
    public string District { get; init; } = "";
    public string? Address { get; init; }
    public int WorkerCount { get; set; }
    public int UnionMemberCount { get; set; }
    /// <summary>Head count per skill level, lowest level first; workers with no level recorded are left out.</summary>
    public IReadOnlyList<LevelHeadCount> Levels { get; set; } = [];
}

public sealed record LevelHeadCount(int Rank, string LevelNameZh, string LevelNameEn, int Count);

public sealed class EnterpriseDetailsProfile : Profile
{
    public EnterpriseDetailsProfile() => CreateMap<Enterprise, EnterpriseDetails>()
        .ForMember(d => d.WorkerCount, o => o.Ignore())
        .ForMember(d => d.UnionMemberCount, o => o.Ignore())
        .ForMember(d => d.Levels, o => o.Ignore());
}

public sealed class GetEnterpriseHandler(SkillsLadderDbContext db, IConfigurationProvider mapping, ICurrentUser user)
    : IRequestHandler<GetEnterpriseQuery, EnterpriseDetails>
{
    public async Task<EnterpriseDetails> Handle(GetEnterpriseQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanReadEnterprise(request.Id);
        var details = await db.Enterprises.Where(e => e.Id == request.Id)
            .ProjectTo<EnterpriseDetails>(mapping).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Enterprise", request.Id);

        var workers = db.Workers.Where(w => w.EnterpriseId == request.Id);
        details.WorkerCount = await workers.CountAsync(cancellationToken);
        details.UnionMemberCount = await workers.CountAsync(w => w.IsUnionMember, cancellationToken);
        var byLevel = await workers.Where(w => w.CurrentSkillLevelId != null)
            .GroupBy(w => w.CurrentSkillLevelId).Select(g => new { LevelId = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var levels = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(cancellationToken);
        details.Levels = levels
            .Select(l => new LevelHeadCount(l.Rank, l.NameZh, l.NameEn, byLevel.FirstOrDefault(b => b.LevelId == l.Id)?.Count ?? 0))
            .ToList();
        return details;
    }
}
