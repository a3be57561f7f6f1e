using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Honours;

/// <summary>The public notice, objections (early, late, anonymous, duplicate refused), their decisions, and conferral.</summary>
public sealed class NoticeAndConferralTests
{
    private static readonly string Objector = TestData.IdNumber(new DateOnly(1975, 5, 5), 321);

    private static FileObjectionCommand Objection(int id, string name = "林建国", string? idNumber = null) => new()
        { NominationId = id, Name = name, IdNumber = idNumber ?? Objector, Contact = "13800000000", Text = "被推荐人的获奖作品并非本人独立完成，有同事可以作证。" };

    /// <summary>An enterprise nomination approved on Tuesday 2026-06-30: on notice Wed 07-01 to Tue 07-07.</summary>
    private static async Task<(HonoursWorld World, int Id, int WorkerId)> OnNoticeAsync(DatabaseProvider provider)
    {
        var world = await HonoursWorld.StartAsync(provider);
        var worker = await world.WorkerAsync("孙敏");
        var id = await world.NominateAsync(worker.Id);
        world.As(world.Reviewer1);
        await world.App.SendAsync(new AssignReviewerCommand(id, world.Reviewer1));
        await world.App.SendAsync(new ApproveNominationCommand(id, "事迹突出"));
        return (world, id, worker.Id);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Objections_are_refused_early_late_anonymous_invalid_or_twice_and_nothing_is_stored(DatabaseProvider provider)
    {
        var (world, id, _) = await OnNoticeAsync(provider);
        await using var _ = world;
        var app = world.App.RunAs(null);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Objection(id)))).Message.ShouldBe("公示自 2026-07-01 开始，届时方可提出异议。");

        world.Today(new DateOnly(2026, 7, 1));
        var notices = await app.SendAsync(new ListNoticesQuery());
        notices.Single().ShouldBe(new NoticeItem(id, "孙敏", "杭州恒达精密机械有限公司", NominationKind.Honour, "市技术能手", NominationSource.Enterprise, null,
            new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 7), true));
        var anonymous = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Objection(id, name: "匿名群众")));
        anonymous.Errors["Name"].Single().ShouldBe("异议须署真实姓名，匿名异议不予受理。");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Objection(id, idNumber: "330102197505053219"))))
            .Errors["IdNumber"].ShouldNotBeEmpty();
        (await app.CountAsync<Domain.Honours.Objection>()).ShouldBe(0);

        app.RunAs(AppRoles.Worker, workerId: 1, userId: 77); // a signed-in worker may object like anyone else
        await app.SendAsync(Objection(id));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Objection(id, name: "林建国")))).Message.ShouldBe("您已对该推荐提出过异议，请等待处理结果。");

        world.Today(new DateOnly(2026, 7, 8));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Objection(id, idNumber: TestData.IdNumber(new DateOnly(1980, 1, 1), 11)))))
            .Message.ShouldBe("公示期已于 2026-07-07 结束，逾期异议不予受理。");
        (await app.CountAsync<Domain.Honours.Objection>()).ShouldBe(1);
        (await app.SendAsync(new ListNoticesQuery())).ShouldBeEmpty();

        world.As(world.Reviewer1);
        var details = await app.SendAsync(new GetNominationQuery(id));
        details.Objections.Single().IdNumberMasked.ShouldBe(NationalIdNumber.Mask(Objector));
        details.Objections.Single().IdNumberMasked.ShouldNotContain("19750505");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Conferral_waits_for_the_notice_to_end_and_every_objection_to_be_decided(DatabaseProvider provider)
    {
        var (world, id, workerId) = await OnNoticeAsync(provider);
        await using var _ = world;
        var app = world.App;
        world.Today(new DateOnly(2026, 7, 2));
        var objectionId = await app.RunAs(null).SendAsync(Objection(id));
        world.As(world.Reviewer1);
        world.Today(new DateOnly(2026, 7, 7));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ConferNominationCommand(id)))).Message.ShouldBe("公示期至 2026-07-07 结束，期满后方可授予。");
        world.Today(new DateOnly(2026, 7, 8));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ConferNominationCommand(id)))).Message.ShouldBe("还有 1 条异议未处理，处理完毕后方可授予。");
        (await app.SendAsync(new ConferDueNominationsCommand())).ShouldBe(new ConferDueResult(0, 1));
        (await app.CountAsync<WorkerHonour>()).ShouldBe(0);

        world.AsHr();
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ResolveObjectionCommand(id, objectionId, true, "异议成立")));
        world.As(world.Reviewer2);
        (await app.SendAsync(new ResolveObjectionCommand(id, objectionId, true, "经核实，作品由班组合作完成"))).ShouldBe(NominationStatus.Rejected);
        var rejected = await world.NominationAsync(id);
        (rejected.Outcome, rejected.Objections.Single().Status).ShouldBe(("异议成立：经核实，作品由班组合作完成", ObjectionStatus.Upheld));
        (await app.QueryAsync(db => db.WorkerMessages.SingleAsync(m => m.WorkerId == workerId))).Text
            .ShouldBe("对您的“市技术能手”称号推荐未获通过：异议成立：经核实，作品由班组合作完成");
        await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ConferNominationCommand(id)));
    }

    /// <summary>
    /// The journey on both databases: a result proposes a title (市工匠, two approvals) and a promotion; the
    /// promotion is rejected, the title approved twice, noticed across a holiday, objected to and the objection
    /// dismissed, then conferred by the notice-end batch: the worker holds the honour, becomes 工匠人才 and is told.
    /// </summary>
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task From_a_published_result_to_a_conferred_title_and_a_new_tier(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var app = world.AsAdmin().App;
        await app.SendAsync(new AddCalendarDayCommand { Date = new DateOnly(2026, 7, 3), Name = "测试假日" });
        var rules = RankingRules.Default with { HonourTopN = 1, HonourTitle = "市工匠", PromotionTopN = 1, PromotionCapLevelRank = 6 };
        var (competitionId, workers) = await world.PublishedResultAsync(rules, "Senior", "Senior");
        var winner = workers[0];
        world.AsOrganizer();
        (await app.SendAsync(new ProposeNominationsCommand(competitionId))).Created.ShouldBe(2);
        var ids = await app.QueryAsync(db => db.Nominations.OrderBy(n => n.Kind).Select(n => n.Id).ToListAsync());
        var (title, promotion) = (ids[0], ids[1]);

        world.As(world.Reviewer1);
        await app.SendAsync(new AssignReviewerCommand(title, world.Reviewer1));
        await app.SendAsync(new AssignReviewerCommand(promotion, world.Reviewer1));
        await app.SendAsync(new RejectNominationCommand(promotion, "本年度晋升名额已满"));
        await app.SendAsync(new ApproveNominationCommand(title, "竞赛第一名，事迹突出"));
        world.As(world.Reviewer2);
        await app.SendAsync(new ApproveNominationCommand(title, "复核同意"));
        var noticed = await world.NominationAsync(title);
        (noticed.NoticeStartsOn, noticed.NoticeEndsOn).ShouldBe((new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 10))); // 7 working days, 07-03 off

        world.Today(new DateOnly(2026, 7, 6));
        var objection = await app.RunAs(null).SendAsync(Objection(title));
        world.As(world.Reviewer2);
        (await app.SendAsync(new ResolveObjectionCommand(title, objection, false, "经核实，作品为本人独立完成，异议不成立"))).ShouldBe(NominationStatus.OnNotice);

        world.Today(new DateOnly(2026, 7, 13));
        app.RunAs(null); // as the scheduled job would
        (await app.SendAsync(new ConferDueNominationsCommand())).ShouldBe(new ConferDueResult(1, 0));

        var conferred = await world.NominationAsync(title);
        (conferred.Status, conferred.ConferredOn, conferred.Steps.Last().ByName).ShouldBe((NominationStatus.Conferred, new DateOnly(2026, 7, 13), "公示期满自动授予"));
        var honour = await app.QueryAsync(db => db.WorkerHonours.SingleAsync(h => h.WorkerId == winner));
        (honour.Title, honour.NominationId, honour.CountsTowardCraftsman, honour.ExpiresOn).ShouldBe(("市工匠", title, true, new DateOnly(2031, 7, 13)));
        (await app.FindAsync<Worker>(winner))!.Tier.ShouldBe(TalentTier.Craftsman);
        (await app.QueryAsync(db => db.WorkerTierChanges.SingleAsync(c => c.WorkerId == winner))).ToTier.ShouldBe(TalentTier.Craftsman);
        var messages = await app.QueryAsync(db => db.WorkerMessages.Where(m => m.WorkerId == winner).OrderBy(m => m.Id).Select(m => new { m.Kind, m.Text }).ToListAsync());
        messages.Select(m => m.Kind).ShouldBe([WorkerMessageKind.NominationOutcome, WorkerMessageKind.NominationOutcome, WorkerMessageKind.TierChanged]);
        messages[1].Text.ShouldBe("对您的“市工匠”称号推荐已于 2026-07-13 正式授予。");
        (await app.QueryAsync(db => db.WorkerLevelChanges.CountAsync(c => c.WorkerId == winner))).ShouldBe(1); // the promotion was rejected
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_conferred_promotion_moves_the_worker_one_level_up(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var (competitionId, workers) = await world.PublishedResultAsync(RankingRules.Default with { PromotionTopN = 1 }, "Intermediate");
        var app = world.AsOrganizer().App;
        await app.SendAsync(new ProposeNominationsCommand(competitionId));
        var id = await app.QueryAsync(db => db.Nominations.Select(n => n.Id).SingleAsync());
        world.As(world.Reviewer1);
        (await app.SendAsync(new ListNominationsQuery())).Items.Single().Subject.ShouldBe("晋升为高级工");
        await app.SendAsync(new AssignReviewerCommand(id, world.Reviewer1));
        await app.SendAsync(new ApproveNominationCommand(id, "第一名，晋升一级"));
        world.Today(new DateOnly(2026, 7, 8));
        await app.SendAsync(new ConferNominationCommand(id));

        var worker = await app.QueryAsync(db => db.Workers.Include(w => w.CurrentSkillLevel).SingleAsync(w => w.Id == workers[0]));
        (worker.CurrentSkillLevel!.Code, worker.Tier).ShouldBe(("Senior", TalentTier.HighSkilledWorker));
        (await app.QueryAsync(db => db.WorkerLevelChanges.OrderBy(c => c.Id).Select(c => c.Reason).ToListAsync()))
            .ShouldBe([LevelChangeReason.Initial, LevelChangeReason.Competition]);
        (await app.QueryAsync(db => db.WorkerMessages.Where(m => m.Kind == WorkerMessageKind.NominationOutcome).Select(m => m.Text).SingleAsync()))
            .ShouldBe("对您的晋升为高级工推荐已于 2026-07-08 正式授予。");
    }
}
