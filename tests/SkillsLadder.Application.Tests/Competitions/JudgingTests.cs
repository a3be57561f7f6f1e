using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Judging;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Competitions;

public sealed class JudgingTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Conflicts_come_from_the_directory_and_a_name_match_waits_for_the_chief(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // Judge 0 (chief) works for the entrants' enterprise; judge 2 shares the family name 选 with them.
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 2, judgeNames: ["周正", "吴敏", "选华"]);
        app.RunAs(AppRoles.Organizer);
        var judge0 = await app.CreateAccountAsync("钱同厂", enterpriseId: setup.Directory.EnterpriseId);
        var sameEnterprise = await app.SendAsync(new AddJudgeCommand(setup.CompetitionId, judge0, IsChief: false));

        var view = await app.SendAsync(new GetJudgingQuery(setup.CompetitionId));
        view.Conflicts.Where(c => c.JudgeId == sameEnterprise).Select(c => (c.Kind, c.Status)).ShouldBe(
            [(ConflictKind.SameEnterprise, ConflictStatus.Confirmed), (ConflictKind.SameEnterprise, ConflictStatus.Confirmed)]);
        var nameMatches = view.Conflicts.Where(c => c.Kind == ConflictKind.FamilyName).ToList();
        nameMatches.Select(c => (c.JudgeId, c.Status)).ShouldBe([(setup.JudgeIds[2], ConflictStatus.ToReview), (setup.JudgeIds[2], ConflictStatus.ToReview)]);
        (await app.SendAsync(new DetectConflictsCommand(setup.CompetitionId))).ShouldBe(0); // idempotent

        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ReviewConflictCommand(setup.CompetitionId, nameMatches[0].Id, false, "核实无亲属关系")));
        setup.AsChief();
        var noNote = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ReviewConflictCommand(setup.CompetitionId, nameMatches[0].Id, false, null)));
        noNote.Field.ShouldBe("ReviewNote");
        await app.SendAsync(new ReviewConflictCommand(setup.CompetitionId, nameMatches[0].Id, false, "核实无亲属关系"));
        await app.SendAsync(new ReviewConflictCommand(setup.CompetitionId, nameMatches[1].Id, true, "表兄弟"));
        var settled = await app.QueryAsync(db => db.Conflicts.Where(c => c.Kind == ConflictKind.FamilyName).OrderBy(c => c.Id).Select(c => c.Status).ToListAsync());
        settled.ShouldBe([ConflictStatus.Cleared, ConflictStatus.Confirmed]);
        var sameKind = await app.QueryAsync(db => db.Conflicts.FirstAsync(c => c.Kind == ConflictKind.SameEnterprise));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ReviewConflictCommand(setup.CompetitionId, sameKind.Id, false, "x"))))
            .Code.ShouldBe("conflict.not_reviewable");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_entrant_registered_after_the_judges_are_seated_is_checked_at_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 1, judgeEnterpriseId: null);
        var colleague = await app.CreateAccountAsync("孙同事", enterpriseId: setup.Directory.EnterpriseId);
        await app.SendAsync(new AddJudgeCommand(setup.CompetitionId, colleague, false));
        var late = await app.CreateWorkersAsync(setup.Directory, "迟报名");

        var entrantId = await app.SendAsync(new Features.Registration.RegisterEntrantCommand { CompetitionId = setup.CompetitionId, WorkerIds = [late[0].Id] });

        var conflicts = await app.QueryAsync(db => db.Conflicts.Where(c => c.EntrantId == entrantId).Select(c => c.Kind).ToListAsync());
        conflicts.ShouldBe([ConflictKind.SameEnterprise]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_judge_declares_only_for_themselves_and_sees_only_their_own_conflicts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 2);
        setup.AsJudge(1);
        await app.SendAsync(new DeclareConflictCommand(setup.CompetitionId, setup.EntrantIds[0], "曾是该选手的培训老师"));
        await Should.ThrowAsync<ForbiddenException>(() =>
            app.SendAsync(new DeclareConflictCommand(setup.CompetitionId, setup.EntrantIds[1], "代人申报", setup.JudgeIds[2])));
        (await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new DeclareConflictCommand(setup.CompetitionId, setup.EntrantIds[0], "再次申报")))).Errors.Keys.ShouldContain("EntrantId");
        setup.AsOrganizer();
        await app.SendAsync(new DeclareConflictCommand(setup.CompetitionId, setup.EntrantIds[1], "与选手同村", setup.JudgeIds[2]));

        setup.AsJudge(1);
        (await app.SendAsync(new GetJudgingQuery(setup.CompetitionId))).Conflicts.Select(c => c.JudgeId).ShouldBe([setup.JudgeIds[1]]);
        setup.AsChief();
        (await app.SendAsync(new GetJudgingQuery(setup.CompetitionId))).Conflicts.Count.ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Seats_and_panels_refuse_what_does_not_belong(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app);
        var id = setup.CompetitionId;
        var worker = await app.CreateAccountAsync("非裁判", AppRoles.Worker);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AddJudgeCommand(id, worker, false)))).Errors["UserId"][0].ShouldContain("没有裁判角色");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AddJudgeCommand(id, setup.JudgeUserIds[1], false)))).Errors["UserId"][0].ShouldContain("已是本赛裁判");

        var newChief = await app.CreateAccountAsync("新裁判长");
        await app.SendAsync(new AddJudgeCommand(id, newChief, IsChief: true));
        (await app.QueryAsync(db => db.CompetitionJudges.Where(j => j.CompetitionId == id && j.IsChief).Select(j => j.UserId).ToListAsync())).ShouldBe([newChief]);

        var theoryCriterion = await app.QueryAsync(db => db.MarkingCriteria.Where(k => k.Code == "T").Select(k => k.Id).FirstAsync());
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new SavePanelCommand(id, null, "理论组", setup.JudgeIds, [theoryCriterion]))))
            .Errors["CriterionIds"][0].ShouldContain("理论");
        var taken = await app.QueryAsync(db => db.PanelCriteria.Where(c => c.PanelId == setup.PanelId).Select(c => c.CriterionId).FirstAsync());
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new SavePanelCommand(id, null, "第二组", setup.JudgeIds, [taken]))))
            .Errors["CriterionIds"][0].ShouldContain("已由其他评分组负责");
        var foreign = await app.CreateCompetitionAsync(setup.Directory.OccupationId);
        setup.AsJudge(1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new SavePanelCommand(id, setup.PanelId, "组", setup.JudgeIds, [taken])));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetJudgingQuery(foreign.Id)));
    }
}
