using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// A competition in marking for the score-entry web tests: entrants 1 and 2, a practical panel (criteria A and B)
/// with the judge 李裁判 and the chief judge 王主任, both real accounts that can sign in.
/// </summary>
public static class ScoringWebData
{
    private static int _serial = 500;

    public static Task<(int Competition, int Panel, int Entrant1, int Entrant2, int Li, int Chief)> CreateAsync(WebApp app, AppUser liUser, AppUser chiefUser) =>
        app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var competition = new Competition(CompetitionData.Details(app.OccupationId, "评分页测试赛"), "organizer", now);
            competition.ReplaceScheme(CompetitionData.StandardScheme());
            competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "organizer", now);
            var workers = new[] { "周一", "周二" }.Select((n, i) => new Worker(n, TestData.IdNumber(new DateOnly(1991, 3, 3), Interlocked.Add(ref _serial, 2)),
                app.EnterpriseId, app.OccupationId, new DateOnly(2012, 1, 1), true)).ToList();
            db.AddRange([competition, .. workers]);
            await db.SaveChangesAsync();
            var entrants = workers.Select((w, i) => new Entrant(competition.Id, i + 1, null, [w.Id], "organizer", now)).ToList();
            var li = new CompetitionJudge(competition.Id, liUser.Id, "李裁判", null, false);
            var chief = new CompetitionJudge(competition.Id, chiefUser.Id, "王主任", null, true);
            db.AddRange([.. entrants, li, chief]);
            await db.SaveChangesAsync();
            var criteria = await db.MarkingCriteria.Where(k => k.Code != "T" && db.MarkingComponents.Any(m => m.Id == k.ComponentId && m.CompetitionId == competition.Id))
                .Select(k => k.Id).ToListAsync();
            var panel = new JudgePanel(competition.Id, "实操组");
            panel.Assign([li.Id, chief.Id], criteria);
            db.Add(panel);
            competition.MoveTo(CompetitionStatus.Marking, new CompetitionFacts(true, 2, 2, 0, false), "organizer", now);
            await db.SaveChangesAsync();
            return (competition.Id, panel.Id, entrants[0].Id, entrants[1].Id, li.Id, chief.Id);
        });
}
