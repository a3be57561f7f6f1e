using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Honours;

/// <summary>Assignment with conflicts of interest, recusal, approval (twice where asked), rejection, and who may not review.</summary>
public sealed class ReviewTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_reviewer_with_a_conflict_of_interest_is_refused_with_the_reason(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var nominee = await world.WorkerAsync("赵敏");
        var id = await world.NominateAsync(nominee.Id);
        var app = world.As(world.Reviewer2).App;

        // 赵审核 shares the nominee's family name.
        (await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new AssignReviewerCommand(id, world.Reviewer1))))
            .Message.ShouldBe("赵审核与被推荐人赵敏存在利益冲突（同姓，可能是亲属），应当回避，请另选审核人。");
        // 钱复核's account belongs to a worker of the nominee's enterprise.
        var colleague = await world.WorkerAsync("吴刚");
        await app.QueryAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == world.Reviewer2)).WorkerId = colleague.Id;
            return await db.SaveChangesAsync();
        });
        (await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new AssignReviewerCommand(id, world.Reviewer2))))
            .Message.ShouldBe("吴刚与被推荐人赵敏存在利益冲突（同一企业），应当回避，请另选审核人。");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AssignReviewerCommand(id, world.HrUser))))
            .Errors["ReviewerUserId"].Single().ShouldBe("请选择一名总工会审核人员。");
        var untouched = await world.NominationAsync(id);
        (untouched.Status, untouched.ReviewerUserId, untouched.Steps.Count).ShouldBe((NominationStatus.Submitted, null, 1));
        (await app.SendAsync(new ListReviewersQuery())).Select(r => r.DisplayName).ShouldBe(["赵审核", "钱复核"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Second_approval_needs_another_reviewer_and_the_final_one_starts_the_notice_after_the_next_working_day(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var app = world.AsAdmin().App;
        // Thursday 2026-07-02 is a holiday: Tue 06-30 approval → notice Wed 07-01, Fri 07-03, Mon 07-06, Tue 07-07, Wed 07-08, Thu 07-09, Fri 07-10.
        await app.SendAsync(new AddCalendarDayCommand { Date = new DateOnly(2026, 7, 2), Name = "调休" });
        var id = await world.NominateAsync((await world.WorkerAsync("孙敏")).Id, "市工匠");
        world.As(world.Reviewer2);
        await app.SendAsync(new AssignReviewerCommand(id, world.Reviewer1));

        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ApproveNominationCommand(id, "事迹突出")))).Message
            .ShouldBe("该推荐分派给了赵审核，只有其本人可以审批。");
        world.As(world.Reviewer1);
        (await app.SendAsync(new ApproveNominationCommand(id, "事迹突出，材料齐全"))).ShouldBe(NominationStatus.AwaitingSecondApproval);
        var twice = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ApproveNominationCommand(id, "再批一次")));
        twice.Message.ShouldBe("复核须由另一名审核人完成，不能由初审人本人复核。");
        (await world.NominationAsync(id)).Steps.Count.ShouldBe(3);

        world.As(world.Reviewer2);
        (await app.SendAsync(new ApproveNominationCommand(id, "复核同意"))).ShouldBe(NominationStatus.OnNotice);
        var approved = await world.NominationAsync(id);
        (approved.NoticeStartsOn, approved.NoticeEndsOn).ShouldBe((new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 10)));
        approved.Steps.Select(s => (s.Action, s.ByName)).ShouldBe([(NominationAction.Nominated, "企业人事"), (NominationAction.Assigned, "钱复核"),
            (NominationAction.Approved, "赵审核"), (NominationAction.SecondApproved, "钱复核"), (NominationAction.NoticeStarted, "钱复核")]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enterprise_hr_organizers_and_workers_never_act_on_review(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var worker = await world.WorkerAsync("孙敏");
        var id = await world.NominateAsync(worker.Id);
        var app = world.App;
        foreach (var act in new Action[] { () => world.AsHr(), () => world.AsOrganizer(), () => app.RunAs(AppRoles.Worker, workerId: worker.Id, userId: 4242) })
        {
            act();
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new AssignReviewerCommand(id, world.Reviewer1)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ApproveNominationCommand(id, "同意")));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new RejectNominationCommand(id, "不同意")));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ConferNominationCommand(id)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListReviewersQuery()));
        }
        app.RunAs(AppRoles.Worker, workerId: worker.Id, userId: 4242);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListNominationsQuery()));
        var unchanged = await world.NominationAsync(id);
        (unchanged.Status, unchanged.Steps.Count).ShouldBe((NominationStatus.Submitted, 1));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Recusal_returns_to_the_queue_and_rejection_tells_the_worker_why(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var worker = await world.WorkerAsync("孙敏");
        var id = await world.NominateAsync(worker.Id);
        var app = world.As(world.Reviewer1).App;
        await app.SendAsync(new AssignReviewerCommand(id, world.Reviewer1));
        (await app.SendAsync(new ListNominationsQuery { AssignedToMe = true })).Items.Select(i => i.Id).ShouldBe([id]);
        await app.SendAsync(new RecuseReviewerCommand(id, "与被推荐人曾是师徒"));
        var back = await world.NominationAsync(id);
        (back.Status, back.ReviewerUserId).ShouldBe((NominationStatus.Submitted, null));
        (await app.SendAsync(new ListNominationsQuery { AssignedToMe = true })).TotalCount.ShouldBe(0);

        await app.SendAsync(new AssignReviewerCommand(id, world.Reviewer2));
        world.As(world.Reviewer2);
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new RejectNominationCommand(id, " ")));
        await app.SendAsync(new RejectNominationCommand(id, "事迹材料与实际不符"));
        (await world.NominationAsync(id)).Status.ShouldBe(NominationStatus.Rejected);
        var message = await app.QueryAsync(db => db.WorkerMessages.SingleAsync(m => m.WorkerId == worker.Id));
        (message.Kind, message.Text).ShouldBe((WorkerMessageKind.NominationOutcome, "对您的“市技术能手”称号推荐未获通过：事迹材料与实际不符"));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_queue_filters_by_status_honour_source_enterprise_and_name_and_hr_sees_only_its_own(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var a = await world.WorkerAsync("孙敏");
        var b = await world.WorkerAsync("周红", inB: true);
        var mine = await world.NominateAsync(a.Id);
        world.As(world.Reviewer1);
        var theirs = await world.App.SendAsync(new NominateWorkerCommand
            { WorkerId = b.Id, HonourTypeId = await world.HonourIdAsync("技能大师"), Evidence = "港区技能大赛冠军，带出三名技师。" });
        var app = world.App;
        (await app.SendAsync(new ListNominationsQuery())).TotalCount.ShouldBe(2);
        (await app.SendAsync(new ListNominationsQuery { Search = "周" })).Items.Select(i => i.Id).ShouldBe([theirs]);
        (await app.SendAsync(new ListNominationsQuery { EnterpriseId = world.EnterpriseB })).Items.Single().Subject.ShouldBe("技能大师");
        (await app.SendAsync(new ListNominationsQuery { HonourTypeId = await world.HonourIdAsync("市技术能手") })).Items.Select(i => i.Id).ShouldBe([mine]);
        (await app.SendAsync(new ListNominationsQuery { Source = NominationSource.CompetitionResult })).TotalCount.ShouldBe(0);
        (await app.SendAsync(new ListNominationsQuery { Status = NominationStatus.Submitted, PageSize = 1 })).ShouldSatisfyAllConditions(
            p => p.TotalCount.ShouldBe(2), p => p.Items.Count.ShouldBe(1), p => p.PageCount.ShouldBe(2));

        world.AsHr();
        (await app.SendAsync(new ListNominationsQuery())).Items.Select(i => i.Id).ShouldBe([mine]);
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetNominationQuery(theirs)));
        (await app.SendAsync(new GetNominationQuery(mine))).May.ShouldBe(new NominationAbilities(false, false, false, true, false));
    }
}
