using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Reference;

/// <summary>The small lists that forms choose from: industries, occupations, skill levels and enterprises.</summary>
public sealed record GetReferenceDataQuery : IRequest<ReferenceData>;

public sealed record ReferenceData(
    IReadOnlyList<Option> Industries,
    IReadOnlyList<Option> Occupations,
    IReadOnlyList<SkillLevelOption> SkillLevels,
    IReadOnlyList<Option> Enterprises);

public sealed record Option(int Id, string Code, string Name);

public sealed record SkillLevelOption(int Id, int Rank, string Code, string NameZh, string NameEn, int? NationalGrade);

public sealed class GetReferenceDataHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetReferenceDataQuery, ReferenceData>
{
    public async Task<ReferenceData> Handle(GetReferenceDataQuery request, CancellationToken cancellationToken)
    {
        var scope = user.EnterpriseScope(); // enterprise HR chooses only among their own enterprise
        return new ReferenceData(
            await db.Industries.OrderBy(i => i.Code).Select(i => new Option(i.Id, i.Code, i.Name)).ToListAsync(cancellationToken),
            await db.Occupations.OrderBy(o => o.Code).Select(o => new Option(o.Id, o.Code, o.Name)).ToListAsync(cancellationToken),
            await db.SkillLevels.OrderBy(l => l.Rank)
                .Select(l => new SkillLevelOption(l.Id, l.Rank, l.Code, l.NameZh, l.NameEn, l.NationalGrade)).ToListAsync(cancellationToken),
            await db.Enterprises.Where(e => scope == null || e.Id == scope).OrderBy(e => e.Name).ThenBy(e => e.Id)
                .Select(e => new Option(e.Id, e.CreditCode, e.Name)).ToListAsync(cancellationToken));
    }
}
