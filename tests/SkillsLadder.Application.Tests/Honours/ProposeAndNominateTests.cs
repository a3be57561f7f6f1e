using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Honours;

/// <summary>Nominations from a published result (by its ranking rules, idempotent) and by an enterprise for its own workers.</summary>
public sealed class ProposeAndNominateTests
{
    private static readonly RankingRules Rules = RankingRules.Default with
        { HonourTopN = 1, HonourTitle = "市技术能手", PromotionTopN = 2, PromotionCapLevelRank = 5 };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_published_result_proposes_the_title_and_one_level_up_to_the_cap_once(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        // 1st: 高级工 → title and 技师; 2nd: already 技师 (the cap) → skipped; 3rd: nothing.
        var (competitionId, workers) = await world.PublishedResultAsync(Rules, "Senior", "Technician", "Intermediate");
        var app = world.AsOrganizer().App;

        var first = await app.SendAsync(new ProposeNominationsCommand(competitionId));

        (first.Created, first.AlreadyProposed).ShouldBe((2, 0));
        first.Skipped.ShouldBe(["李娜：已是技师，达到或超过晋级上限（技师）"]);
        var made = await app.QueryAsync(db => db.Nominations.AsNoTracking().OrderBy(n => n.Kind).ToListAsync());
        made.Select(n => (n.WorkerId, n.Kind, n.Source, n.ResultRank, n.Status)).ShouldBe(
        [
            (workers[0], NominationKind.Honour, NominationSource.CompetitionResult, (int?)1, NominationStatus.Submitted),
            (workers[0], NominationKind.Promotion, NominationSource.CompetitionResult, 1, NominationStatus.Submitted),
        ]);
        made[0].HonourTypeId.ShouldBe(await world.HonourIdAsync("市技术能手"));
        made[1].TargetLevelId.ShouldBe(await app.QueryAsync(db => db.SkillLevels.Where(l => l.Code == "Technician").Select(l => l.Id).SingleAsync()));
        made[1].NoticeWorkingDays.ShouldBe(5);
        made[0].Evidence.ShouldBe($"2026年全市数控车工技能竞赛：第 1 名（成绩快照 {made[0].SnapshotId}）");

        var again = await app.SendAsync(new ProposeNominationsCommand(competitionId));
        (again.Created, again.AlreadyProposed, again.Message).ShouldBe((0, 2, "本次成绩的推荐已经生成过（2 条），没有新增。"));
        (await app.CountAsync<Nomination>()).ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_title_missing_from_the_catalogue_an_unpublished_result_or_a_non_organizer_is_refused(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var (competitionId, _) = await world.PublishedResultAsync(Rules with { HonourTitle = "省技术状元" }, "Senior");
        var app = world.AsOrganizer().App;
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new ProposeNominationsCommand(competitionId))))
            .Errors["HonourTitle"].Single().ShouldBe("排名规则中的称号“省技术状元”不在荣誉目录中（或已停用），请先在荣誉目录中添加，或修改排名规则。");

        var unpublished = await app.QueryAsync(db => StandingsData.CreateAsync(db, world.Directory.OccupationId, world.Directory.EnterpriseId, ["周杰"]));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ProposeNominationsCommand(unpublished.Id)))).Code.ShouldBe("nomination.not_published");

        world.As(world.Reviewer1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ProposeNominationsCommand(competitionId)));
        app.RunAs(AppRoles.Judge, userId: 999);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ProposeNominationsCommand(competitionId)));
        (await app.CountAsync<Nomination>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enterprise_hr_nominates_only_its_own_workers_with_evidence_and_not_twice(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var own = await world.WorkerAsync("孙敏");
        var other = await world.WorkerAsync("周红", inB: true);
        var app = world.App;

        var id = await world.NominateAsync(own.Id);
        var stored = await world.NominationAsync(id);
        (stored.Source, stored.EnterpriseId, stored.Status, stored.Steps.Single().ByName).ShouldBe(
            (NominationSource.Enterprise, world.Directory.EnterpriseId, NominationStatus.Submitted, "企业人事"));

        (await Should.ThrowAsync<ForbiddenException>(() => world.NominateAsync(other.Id))).Message.ShouldBe("企业只能推荐本企业的职工。");
        (await Should.ThrowAsync<DomainException>(() => world.NominateAsync(own.Id))).Message.ShouldBe("该职工已有一条“市技术能手”推荐正在办理中。");
        var master = await world.HonourIdAsync("技能大师");
        var shortEvidence = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new NominateWorkerCommand
            { WorkerId = own.Id, HonourTypeId = master, Evidence = "表现好" }));
        shortEvidence.Errors["Evidence"].Single().ShouldBe("请填写事迹材料（至少 10 个字）。");
        app.RunAs(AppRoles.Worker, workerId: own.Id);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new NominateWorkerCommand
            { WorkerId = own.Id, HonourTypeId = stored.HonourTypeId!.Value, Evidence = "我自己推荐自己，事迹如下。" }));
        (await app.CountAsync<Nomination>()).ShouldBe(1);

        world.As(world.Reviewer1); // the federation may nominate anyone
        (await world.App.SendAsync(new NominateWorkerCommand
            { WorkerId = other.Id, HonourTypeId = stored.HonourTypeId!.Value, Evidence = "港区技能大赛冠军，带出三名技师。" })).ShouldBeGreaterThan(id);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_nominating_side_withdraws_before_notice_and_nobody_else_can(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var worker = await world.WorkerAsync("孙敏");
        var id = await world.NominateAsync(worker.Id);
        world.As(world.Reviewer1);
        await Should.ThrowAsync<ForbiddenException>(() => world.App.SendAsync(new WithdrawNominationCommand(id, "不想要了")));
        world.AsOrganizer();
        await Should.ThrowAsync<ForbiddenException>(() => world.App.SendAsync(new WithdrawNominationCommand(id, "不想要了")));
        (await world.NominationAsync(id)).Status.ShouldBe(NominationStatus.Submitted);

        world.AsHr();
        await world.App.SendAsync(new WithdrawNominationCommand(id, "材料需补充，下次再报"));
        var withdrawn = await world.NominationAsync(id);
        (withdrawn.Status, withdrawn.Outcome, withdrawn.Steps.Last().Action).ShouldBe((NominationStatus.Withdrawn, "材料需补充，下次再报", NominationAction.Withdrawn));
        (await Should.ThrowAsync<DomainException>(() => world.App.SendAsync(new WithdrawNominationCommand(id, "再撤一次"))))
            .Message.ShouldBe("公示开始后不能撤回推荐。");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_winner_without_a_level_on_record_is_reported_and_organizers_withdraw_result_nominations(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var (competitionId, workers) = await world.PublishedResultAsync(RankingRules.Default with { PromotionTopN = 2 }, "Junior", null);
        var app = world.AsOrganizer().App;

        var result = await app.SendAsync(new ProposeNominationsCommand(competitionId));

        result.Created.ShouldBe(1);
        result.Skipped.ShouldBe(["李娜：没有在册的技能等级，无法晋升一级"]);
        var id = await app.QueryAsync(db => db.Nominations.Where(n => n.WorkerId == workers[0]).Select(n => n.Id).SingleAsync());
        world.AsHr(); // the worker is enterprise A's, but the nomination is the competition's
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new WithdrawNominationCommand(id, "不参加评审")));
        world.AsOrganizer();
        await app.SendAsync(new WithdrawNominationCommand(id, "成绩复核中，暂缓推荐"));
        (await world.NominationAsync(id)).Status.ShouldBe(NominationStatus.Withdrawn);
    }
}
