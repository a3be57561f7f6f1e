using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>
/// Records the conflicts the directory reveals between a competition's judges and its active entrants. Idempotent:
/// a conflict already recorded (in any status, so a cleared name match stays cleared) is not added again.
/// Runs when a judge is added, on demand, and before marking starts (to catch late registrations).
/// </summary>
public static class ConflictScan
{
    public static async Task<int> ScanAsync(SkillsLadderDbContext db, int competitionId, string by, DateTime at, CancellationToken ct)
    {
        var judges = await db.CompetitionJudges.Where(j => j.CompetitionId == competitionId).ToListAsync(ct);
        var members = await (from e in db.Entrants
                             where e.CompetitionId == competitionId && e.Status == EntrantStatus.Active
                             from m in e.Members
                             join w in db.Workers on m.WorkerId equals w.Id
                             select new { e.Id, w.FullName, w.EnterpriseId }).ToListAsync(ct);
        var existing = (await db.Conflicts.Where(c => c.CompetitionId == competitionId)
            .Select(c => new { c.JudgeId, c.EntrantId, c.Kind }).ToListAsync(ct))
            .Select(c => (c.JudgeId, c.EntrantId, c.Kind)).ToHashSet();
        // Also count what this scan has added but not yet saved (a second call in the same unit of work).
        existing.UnionWith(db.ChangeTracker.Entries<ConflictOfInterest>().Select(e => (e.Entity.JudgeId, e.Entity.EntrantId, e.Entity.Kind)));

        var added = 0;
        foreach (var judge in judges)
        foreach (var entrant in members.GroupBy(m => m.Id))
        {
            var people = entrant.Select(m => new PersonForConflicts(m.FullName, m.EnterpriseId));
            foreach (var kind in ConflictDetector.Detect(new PersonForConflicts(judge.FullName, judge.EnterpriseId), people))
            {
                if (!existing.Add((judge.Id, entrant.Key, kind))) continue;
                var note = kind == ConflictKind.SameEnterprise ? "裁判与选手同属一个单位" : "裁判与选手同姓，请裁判长核实是否有亲属关系";
                db.Conflicts.Add(new ConflictOfInterest(competitionId, judge.Id, entrant.Key, kind, note, by, at));
                added++;
            }
        }
        return added;
    }
}
