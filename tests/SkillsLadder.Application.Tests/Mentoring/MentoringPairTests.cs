using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Mentoring;
using SkillsLadder.Application.Tests.Ladder;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Mentoring;

/// <summary>
/// A pair in enterprise A: 周师傅 (技师, rank 5) mentors 李徒弟 (中级工, rank 3); HR of A files and signs for the
/// enterprise. The clock reads 2026-06-30.
/// </summary>
public sealed class MentoringPairTests
{
    private sealed record World(LadderWorld.City City, int Mentor, int Apprentice, int Outsider);

    private static async Task<World> WorldAsync(TestApp app)
    {
        var city = await app.CreateCityAsync();
        var since = new DateOnly(2022, 1, 1);
        var mentor = await app.WorkerAsync(city, "Technician", since, name: "周师傅");
        var apprentice = await app.WorkerAsync(city, "Intermediate", since, name: "李徒弟");
        var outsider = await app.WorkerAsync(city, "Technician", since, enterpriseId: city.OtherEnterpriseId, name: "赵外企");
        return new World(city, mentor, apprentice, outsider);
    }

    private static CreateMentoringPairCommand Plan(World w, int? mentor = null) => new()
    {
        MentorWorkerId = mentor ?? w.Mentor, ApprenticeWorkerId = w.Apprentice,
        Plan = "一年内掌握数控车床编程与加工，达到高级工水平，能独立完成复杂零件。",
        StartsOn = new DateOnly(2026, 7, 1), EndsOn = new DateOnly(2027, 6, 30),
        Milestones = [new("掌握编程", new DateOnly(2026, 12, 31)), new("独立加工复杂零件", new DateOnly(2027, 6, 1))],
    };

    private static TestApp As(TestApp app, World w, MentoringParty party) => party switch
    {
        MentoringParty.Mentor => app.RunAs(AppRoles.Worker, workerId: w.Mentor),
        MentoringParty.Apprentice => app.RunAs(AppRoles.Worker, workerId: w.Apprentice),
        _ => app.RunAs(AppRoles.HrReviewer, enterpriseId: w.City.D.EnterpriseId),
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_worker_cannot_sign_as_someone_else_and_three_signatures_make_the_pair_active(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await WorldAsync(app);
        var id = await As(app, w, MentoringParty.Enterprise).SendAsync(Plan(w));

        // The apprentice may not sign for the mentor, nor for the enterprise; nothing is recorded.
        app.RunAs(AppRoles.Worker, workerId: w.Apprentice);
        (await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new SignMentoringPlanCommand(id, MentoringParty.Mentor))))
            .Message.ShouldBe("职工只能以本人身份签字。");
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new SignMentoringPlanCommand(id, MentoringParty.Enterprise)));
        (await app.QueryAsync(db => db.MentoringPairs.SingleAsync(p => p.Id == id))).MentorSignedOn.ShouldBeNull();

        (await As(app, w, MentoringParty.Mentor).SendAsync(new SignMentoringPlanCommand(id, MentoringParty.Mentor))).ShouldBe(MentoringStatus.Draft);
        (await As(app, w, MentoringParty.Apprentice).SendAsync(new SignMentoringPlanCommand(id, MentoringParty.Apprentice))).ShouldBe(MentoringStatus.Draft);
        (await As(app, w, MentoringParty.Enterprise).SendAsync(new SignMentoringPlanCommand(id, MentoringParty.Enterprise))).ShouldBe(MentoringStatus.Active);

        var pair = await As(app, w, MentoringParty.Apprentice).SendAsync(new GetMentoringPairQuery(id));
        (pair.Status, pair.MentorSignedOn, pair.LevelAtStart, pair.MaySignAs.Single()).ShouldBe(
            (MentoringStatus.Active, new DateOnly(2026, 6, 30), "中级工", MentoringParty.Apprentice));
        // Someone outside the pair neither sees it nor lists it.
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: w.Outsider).SendAsync(new GetMentoringPairQuery(id)));
        (await app.RunAs(AppRoles.Worker, workerId: w.Outsider).SendAsync(new ListMentoringPairsQuery())).Items.ShouldBeEmpty();
        (await app.RunAs(AppRoles.HrReviewer).SendAsync(new ListMentoringPairsQuery())).Items.Single().ApprenticeName.ShouldBe("李徒弟");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Completion_is_refused_while_a_milestone_lacks_a_signature_and_names_it_then_records_the_levels_gained(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await WorldAsync(app);
        var id = await As(app, w, MentoringParty.Enterprise).SendAsync(Plan(w));
        foreach (var party in Enum.GetValues<MentoringParty>()) await As(app, w, party).SendAsync(new SignMentoringPlanCommand(id, party));
        foreach (var party in Enum.GetValues<MentoringParty>())
        {
            await As(app, w, party).SendAsync(new SignOffMentoringMilestoneCommand(id, 1, party));
            if (party != MentoringParty.Enterprise) await As(app, w, party).SendAsync(new SignOffMentoringMilestoneCommand(id, 2, party));
        }

        var refused = await Should.ThrowAsync<DomainException>(() => As(app, w, MentoringParty.Enterprise).SendAsync(new CompleteMentoringPairCommand(id)));
        (refused.Code, refused.Message).ShouldBe(("mentoring.milestones_open", "还有节点未经三方签认：独立加工复杂零件。"));
        // A worker may not complete the pair, even the mentor.
        await Should.ThrowAsync<ForbiddenException>(() => As(app, w, MentoringParty.Mentor).SendAsync(new CompleteMentoringPairCommand(id)));

        (await As(app, w, MentoringParty.Enterprise).SendAsync(new SignOffMentoringMilestoneCommand(id, 2, MentoringParty.Enterprise))).ShouldBeTrue();
        // The apprentice rose from 中级工 to 高级工 meanwhile: the directory's level is what counts at completion.
        await app.QueryAsync(async db =>
        {
            var apprentice = await db.Workers.Include(x => x.LevelHistory).SingleAsync(x => x.Id == w.Apprentice);
            apprentice.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == "Senior"), new DateOnly(2026, 6, 20), LevelChangeReason.Assessment);
            return await db.SaveChangesAsync();
        });
        (await As(app, w, MentoringParty.Enterprise).SendAsync(new CompleteMentoringPairCommand(id))).ShouldBe(1);
        var pair = await app.SendAsync(new GetMentoringPairQuery(id));
        (pair.Status, pair.LevelAtEnd, pair.LevelsGained, pair.MayClose).ShouldBe((MentoringStatus.Completed, "高级工", 1, false));
        var report = await app.RunAs(AppRoles.Organizer).SendAsync(new GetMentoringReportQuery(2026));
        report.ByEnterprise.Single().ShouldBe(new MentoringReportRow("通用设备制造业", "杭州恒达精密机械有限公司", 0, 1, 1));
        await Should.ThrowAsync<ForbiddenException>(() => As(app, w, MentoringParty.Mentor).SendAsync(new GetMentoringReportQuery(2026)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_mentor_must_stand_above_the_apprentice_and_work_in_the_same_enterprise(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await WorldAsync(app);
        var peer = await app.WorkerAsync(w.City, "Intermediate", new DateOnly(2022, 1, 1), name: "王同级");
        app.RunAs(AppRoles.HrReviewer, enterpriseId: w.City.D.EnterpriseId);

        var level = await Should.ThrowAsync<DomainException>(() => app.SendAsync(Plan(w, mentor: peer)));
        (level.Field, level.Message).ShouldBe(("MentorWorkerId", "师傅的技能等级应高于徒弟。"));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Plan(w, mentor: w.Outsider)));
        (await Should.ThrowAsync<RequestValidationException>(() => app.RunAs(AppRoles.Admin).SendAsync(Plan(w, mentor: w.Outsider))))
            .Errors["ApprenticeWorkerId"].ShouldBe(["师傅和徒弟应在同一企业。"]);
        (await app.CountAsync<MentoringPair>()).ShouldBe(0);
    }
}
