using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Judging;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Competitions;

/// <summary>A competition in registration with entrants and a seated, assigned panel of judges, built through the commands.</summary>
internal sealed record CompetitionSetup(TestApp App, TestData.Directory Directory, int CompetitionId, IReadOnlyList<int> EntrantIds,
    IReadOnlyList<int> JudgeIds, IReadOnlyList<int> JudgeUserIds, int PanelId)
{
    public static async Task<CompetitionSetup> CreateAsync(TestApp app, int entrants = 3, string[]? judgeNames = null, int? judgeEnterpriseId = null)
    {
        var d = await app.SeedDirectoryAsync();
        var competition = await app.CreateCompetitionAsync(d.OccupationId);
        var workers = await app.CreateWorkersAsync(d, Enumerable.Range(1, entrants).Select(i => $"选手{i:00}").ToArray());
        var entrantRows = workers.Select((w, i) => new Entrant(competition.Id, i + 1, null, [w.Id], "test-organizer", DateTime.UtcNow)).ToList();
        await app.InsertAsync(entrantRows.Cast<object>().ToArray());

        app.RunAs(AppRoles.Organizer);
        var userIds = new List<int>();
        var judgeIds = new List<int>();
        foreach (var (name, i) in (judgeNames ?? ["周正", "吴敏", "郑华"]).Select((n, i) => (n, i)))
        {
            var userId = await app.CreateAccountAsync(name, enterpriseId: judgeEnterpriseId);
            userIds.Add(userId);
            judgeIds.Add(await app.SendAsync(new AddJudgeCommand(competition.Id, userId, IsChief: i == 0)));
        }
        var criteria = await app.QueryAsync(db => db.MarkingCriteria
            .Where(k => db.MarkingComponents.Any(c => c.Id == k.ComponentId && c.CompetitionId == competition.Id && c.Kind != ComponentKind.Theory))
            .Select(k => k.Id).ToListAsync());
        var panelId = await app.SendAsync(new SavePanelCommand(competition.Id, null, "实操评分组", judgeIds, criteria));
        return new CompetitionSetup(app, d, competition.Id, entrantRows.Select(e => e.Id).ToList(), judgeIds, userIds, panelId);
    }

    public TestApp AsChief() => App.RunAs(AppRoles.Judge, userId: JudgeUserIds[0], userName: "chief");
    public TestApp AsJudge(int index) => App.RunAs(AppRoles.Judge, userId: JudgeUserIds[index], userName: $"judge{index}");
    public TestApp AsOrganizer() => App.RunAs(AppRoles.Organizer);
}
