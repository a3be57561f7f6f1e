using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>Every studio (they are public), by kind and name, with its lead, roll size and latest review.</summary>
public sealed record ListStudiosQuery(StudioKind? Kind = null) : IRequest<StudioList>;

public sealed record StudioListItem(int Id, string Name, StudioKind Kind, string EnterpriseName, string LeadName, DateOnly FoundedOn,
    int Members, int Projects, int? LatestReviewYear, StudioReviewGrade? LatestReviewGrade);

public sealed record StudioList(IReadOnlyList<StudioListItem> Items, bool MayCreate);

public sealed class ListStudiosHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListStudiosQuery, StudioList>
{
    public async Task<StudioList> Handle(ListStudiosQuery request, CancellationToken cancellationToken)
    {
        var studios = db.InnovationStudios.AsNoTracking();
        if (request.Kind is { } kind) studios = studios.Where(s => s.Kind == kind);
        var rows = await studios.OrderBy(s => s.Kind).ThenBy(s => s.Name).Take(500).Select(s => new
        {
            s.Id, s.Name, s.Kind, s.FoundedOn,
            Enterprise = db.Enterprises.Where(e => e.Id == s.EnterpriseId).Select(e => e.Name).Single(),
            Lead = db.Workers.Where(w => w.Id == s.LeadWorkerId).Select(w => w.FullName).Single(),
            Members = s.Members.Count(m => m.LeftOn == null),
            Projects = s.Projects.Count,
            Latest = s.Reviews.OrderByDescending(r => r.Year).Select(r => new { r.Year, r.Grade }).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        return new StudioList(rows.Select(r => new StudioListItem(r.Id, r.Name, r.Kind, r.Enterprise, r.Lead, r.FoundedOn, r.Members, r.Projects,
            r.Latest?.Year, r.Latest?.Grade)).ToList(), user.MayRunStudios());
    }
}
