using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>One studio: lead, roll (current and past), projects with results, reviews; and what the reader may change.</summary>
public sealed record GetStudioQuery(int Id) : IRequest<StudioDetails>;

public sealed record StudioMemberView(int WorkerId, string FullName, DateOnly JoinedOn, DateOnly? LeftOn);
public sealed record StudioProjectView(int Id, string Title, DateOnly StartedOn, DateOnly? CompletedOn, int Patents, int FiveSmallEntries, long SavingsFen);
public sealed record StudioReviewView(int Year, StudioReviewGrade Grade, string? Note, string ReviewedBy);

public sealed record StudioDetails(int Id, string Name, StudioKind Kind, int EnterpriseId, string EnterpriseName, int LeadWorkerId, string LeadName,
    DateOnly FoundedOn, int Version, IReadOnlyList<StudioMemberView> Members, IReadOnlyList<StudioProjectView> Projects,
    IReadOnlyList<StudioReviewView> Reviews, bool MayRun, bool MayKeepRecords);

public sealed class GetStudioHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetStudioQuery, StudioDetails>
{
    public async Task<StudioDetails> Handle(GetStudioQuery request, CancellationToken cancellationToken)
    {
        var s = await db.StudioAsync(request.Id, cancellationToken);
        var ids = s.Members.Select(m => m.WorkerId).Append(s.LeadWorkerId).Distinct().ToList();
        var names = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.FullName, cancellationToken);
        var enterprise = await db.Enterprises.Where(e => e.Id == s.EnterpriseId).Select(e => e.Name).SingleAsync(cancellationToken);
        return new StudioDetails(s.Id, s.Name, s.Kind, s.EnterpriseId, enterprise, s.LeadWorkerId, names[s.LeadWorkerId], s.FoundedOn, s.Version,
            s.Members.OrderBy(m => m.LeftOn != null).ThenBy(m => m.JoinedOn)
                .Select(m => new StudioMemberView(m.WorkerId, names[m.WorkerId], m.JoinedOn, m.LeftOn)).ToList(),
            s.Projects.OrderBy(p => p.StartedOn).ThenBy(p => p.Id)
                .Select(p => new StudioProjectView(p.Id, p.Title, p.StartedOn, p.CompletedOn, p.Patents, p.FiveSmallEntries, p.SavingsFen)).ToList(),
            s.Reviews.OrderByDescending(r => r.Year).Select(r => new StudioReviewView(r.Year, r.Grade, r.Note, r.ReviewedBy)).ToList(),
            user.MayRunStudios(), user.MayKeepRecordsOf(s));
    }
}
