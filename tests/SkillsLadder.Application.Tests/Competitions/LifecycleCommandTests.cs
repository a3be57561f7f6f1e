using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using S = SkillsLadder.Domain.Competitions.CompetitionStatus;

namespace SkillsLadder.Application.Tests.Competitions;

/// <summary>Every lifecycle guard through the command: who may take the step, what must be true, and what is recorded.</summary>
public sealed class LifecycleCommandTests
{
    private static async Task<string> RefusalAsync(TestApp app, int id, S to, string? reason = null) =>
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(id, to, reason)))).Code;

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Registration_needs_a_complete_scheme(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.Organizer);
        var id = await app.SendAsync(new CreateCompetitionCommand
        {
            Name = "2026年焊工技能竞赛", OccupationId = d.OccupationId, Organizer = "市总工会", Venue = "实训基地",
            StartsOn = new DateOnly(2026, 10, 1), EndsOn = new DateOnly(2026, 10, 2),
        });
        (await RefusalAsync(app, id, S.Registration)).ShouldBe("competition.scheme_incomplete");
        await app.SendAsync(new SaveSchemeCommand(id, 0, SchemeInput.From(CompetitionData.StandardScheme())));
        await app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Registration));
        (await app.SendAsync(new GetCompetitionQuery(id))).History.Single().To.ShouldBe(S.Registration);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Marking_needs_entrants_judges_and_every_practical_criterion_on_a_panel(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app);
        var bare = await app.CreateCompetitionAsync(setup.Directory.OccupationId);
        (await RefusalAsync(app, bare.Id, S.Marking)).ShouldBe("competition.no_entrants");
        var entrant = await app.CreateWorkersAsync(setup.Directory, "孤单");
        await app.InsertAsync(new Entrant(bare.Id, 1, null, [entrant[0].Id], "test", DateTime.UtcNow));
        (await RefusalAsync(app, bare.Id, S.Marking)).ShouldBe("competition.no_judges");

        var criterionB = await app.QueryAsync(db => db.MarkingCriteria.Where(k => k.Code == "B")
            .Where(k => db.MarkingComponents.Any(c => c.Id == k.ComponentId && c.CompetitionId == setup.CompetitionId)).Select(k => k.Id).SingleAsync());
        await app.SendAsync(new Features.Judging.SavePanelCommand(setup.CompetitionId, setup.PanelId, "实操评分组", setup.JudgeIds, [criterionB]));
        (await RefusalAsync(app, setup.CompetitionId, S.Marking)).ShouldBe("competition.criteria_unassigned");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Locking_waits_for_every_expected_sheet_and_only_the_chief_unlocks_with_a_reason(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 2);
        var id = setup.CompetitionId;
        await app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Marking));
        // 3 judges × 2 entrants + 2 theory results, none there yet.
        var locked = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Locked)));
        locked.Code.ShouldBe("competition.sheets_unverified");
        locked.Message.ShouldContain("8");

        await VerifyEverythingAsync(app, id);
        await app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Locked));
        (await app.QueryAsync(db => db.ScoreSheets.Where(s => s.CompetitionId == id).Select(s => s.Status).Distinct().ToListAsync()))
            .ShouldBe([SheetStatus.Locked]);

        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Marking, "复核")));
        setup.AsJudge(1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Marking, "复核")));
        setup.AsChief();
        (await RefusalAsync(app, id, S.Marking, " ")).ShouldBe("competition.unlock_reason");
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Locked)));
        await app.SendAsync(new ChangeCompetitionStatusCommand(id, S.Marking, "2 号选手申诉，复核 A1"));

        var audited = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Competition" && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).Select(a => new { a.Actor, a.After }).ToListAsync());
        audited.Last().Actor.ShouldBe("chief");
        audited.Last().After!.ShouldContain("Marking");

        var history = (await app.SendAsync(new GetCompetitionQuery(id))).History;
        history.Select(h => h.To).ShouldBe([S.Registration, S.Marking, S.Locked, S.Marking]);
        history[^1].By.ShouldBe("chief");
        history[^1].Reason.ShouldBe("2 号选手申诉，复核 A1");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Skipping_steps_ranking_steps_and_other_roles_are_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app);
        (await RefusalAsync(app, setup.CompetitionId, S.Locked)).ShouldBe("competition.transition_not_allowed");
        (await RefusalAsync(app, setup.CompetitionId, S.Published)).ShouldBe("competition.ranking_step");
        setup.AsChief();
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, S.Marking)));
        app.RunAs(AppRoles.Worker, workerId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, S.Marking)));
        (await app.QueryAsync(db => db.Competitions.SingleAsync(c => c.Id == setup.CompetitionId))).Status.ShouldBe(S.Registration);
    }

    /// <summary>Writes every expected sheet as verified, straight through the domain (scoring has its own tests).</summary>
    private static async Task VerifyEverythingAsync(TestApp app, int competitionId) => await app.QueryAsync(async db =>
    {
        var aspects = await db.MarkingAspects.Where(a => db.MarkingCriteria.Any(k => k.Id == a.CriterionId &&
            db.MarkingComponents.Any(c => c.Id == k.ComponentId && c.CompetitionId == competitionId))).ToListAsync();
        var theory = await db.MarkingComponents.Include(c => c.Criteria).SingleAsync(c => c.CompetitionId == competitionId && c.Kind == ComponentKind.Theory);
        var panel = await db.JudgePanels.Include(p => p.Members).SingleAsync(p => p.CompetitionId == competitionId);
        foreach (var entrant in await db.Entrants.Where(e => e.CompetitionId == competitionId).ToListAsync())
        {
            var sheets = panel.Members.Select(m => new ScoreSheet(competitionId, entrant.Id, SheetSource.Judge, panel.Id, m.JudgeId, null))
                .Append(new ScoreSheet(competitionId, entrant.Id, SheetSource.ExamImport, null, null, theory.Id));
            foreach (var sheet in sheets)
            {
                var mine = aspects.Where(a => (sheet.ComponentId is null) != (a.CriterionId == theory.Criteria.Single().Id)).ToList();
                sheet.Record(mine.Select(a => new SheetEntryInput(a.Id, a.Rule, new Mark(a.Kind == AspectKind.Judgement ? 200 : a.MaximumHundredths))).ToList(), "judge", DateTime.UtcNow);
                sheet.Submit(mine.Select(a => a.Id).ToList(), "judge", DateTime.UtcNow);
                sheet.Verify("verifier", DateTime.UtcNow);
                db.ScoreSheets.Add(sheet);
            }
        }
        await db.SaveChangesAsync();
        return 0;
    });
}
