using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Judging;

public sealed record GetJudgingQuery(int CompetitionId) : MediatR.IRequest<JudgingView>;

/// <summary>
/// Judges, panels and conflicts of a competition. An organizer or the chief judge sees every conflict; an ordinary
/// judge sees only their own (who else is recused from whom is not theirs to know).
/// </summary>
public sealed record JudgingView(IReadOnlyList<JudgeView> Judges, IReadOnlyList<PanelView> Panels, IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<JudgeCandidate> Candidates, IReadOnlyList<EntrantOption> Entrants);

/// <summary>Active entrants by bib, for declaring a conflict (names only, nothing personal).</summary>
public sealed record EntrantOption(int Id, int Bib, string Name);

public sealed record JudgeView(int Id, int UserId, string FullName, string? EnterpriseName, bool IsChief);

public sealed record PanelView(int Id, string Name, IReadOnlyList<int> JudgeIds, IReadOnlyList<int> CriterionIds);

public sealed record ConflictView(int Id, int JudgeId, string JudgeName, int EntrantId, int Bib, string EntrantName, ConflictKind Kind,
    ConflictStatus Status, string? Note, string RecordedBy, DateTime RecordedAt, string? ReviewedBy, string? ReviewNote);

/// <summary>Accounts with the Judge role not yet seated (organizers only).</summary>
public sealed record JudgeCandidate(int UserId, string DisplayName, string UserName);

public sealed class GetJudgingHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<GetJudgingQuery, JudgingView>
{
    public async Task<JudgingView> Handle(GetJudgingQuery request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        var id = request.CompetitionId;
        var judges = await (from j in db.CompetitionJudges
                            where j.CompetitionId == id
                            orderby j.IsChief descending, j.FullName
                            select new JudgeView(j.Id, j.UserId, j.FullName,
                                db.Enterprises.Where(e => e.Id == j.EnterpriseId).Select(e => e.Name).FirstOrDefault(), j.IsChief)).ToListAsync(ct);
        var panels = (await db.JudgePanels.AsNoTracking().Where(p => p.CompetitionId == id).Include(p => p.Members).Include(p => p.Criteria)
                .AsSplitQuery().OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => new PanelView(p.Id, p.Name, p.Members.Select(m => m.JudgeId).ToList(), p.Criteria.Select(c => c.CriterionId).ToList()))
            .ToList();
        var conflicts = db.Conflicts.Where(c => c.CompetitionId == id);
        if (!official.IsOrganizer && !official.IsChief) conflicts = conflicts.Where(c => c.JudgeId == official.Seat!.Id);
        var conflictViews = await (from c in conflicts
                                   join j in db.CompetitionJudges on c.JudgeId equals j.Id
                                   join e in db.Entrants on c.EntrantId equals e.Id
                                   orderby c.Status == ConflictStatus.ToReview descending, e.Bib
                                   select new ConflictView(c.Id, j.Id, j.FullName, e.Id, e.Bib,
                                       e.TeamName ?? db.Workers.Where(w => e.Members.Select(m => m.WorkerId).Contains(w.Id)).Select(w => w.FullName).First(),
                                       c.Kind, c.Status, c.Note, c.RecordedBy, c.RecordedAt, c.ReviewedBy, c.ReviewNote)).ToListAsync(ct);
        var candidates = official.IsOrganizer ? await CandidatesAsync(id, ct) : [];
        var entrants = await (from e in db.Entrants
                              where e.CompetitionId == id && e.Status == EntrantStatus.Active
                              orderby e.Bib
                              select new EntrantOption(e.Id, e.Bib,
                                  e.TeamName ?? db.Workers.Where(w => e.Members.Select(m => m.WorkerId).Contains(w.Id)).Select(w => w.FullName).First()))
            .ToListAsync(ct);
        return new JudgingView(judges, panels, conflictViews, candidates, entrants);
    }

    private async Task<List<JudgeCandidate>> CandidatesAsync(int competitionId, CancellationToken ct)
    {
        var judgeRole = await db.Roles.Where(r => r.Name == AppRoles.Judge).Select(r => r.Id).SingleAsync(ct);
        return await (from u in db.Users
                      where db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == judgeRole)
                            && !db.CompetitionJudges.Any(j => j.CompetitionId == competitionId && j.UserId == u.Id)
                      orderby u.DisplayName
                      select new JudgeCandidate(u.Id, u.DisplayName, u.UserName!)).Take(500).ToListAsync(ct);
    }
}
