using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Ladder;

/// <summary>
/// Progress on hand-made workers under the default policy, on 2026-06-30 (the test clock; China date).
/// The evaluator's rules have their own domain tests; these check what the query reads, renders and refuses.
/// </summary>
public sealed class WorkerProgressTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_intermediate_worker_sees_each_route_to_senior_worker_with_values_in_both_languages(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateCityAsync();
        var id = await app.WorkerAsync(city, "Intermediate", new DateOnly(2022, 4, 1));

        var p = await app.SendAsync(new GetWorkerProgressQuery(id));

        (p.CurrentLevelRank, p.CurrentLevelNameZh, p.CurrentLevelSince).ShouldBe((3, "中级工", new DateOnly(2022, 4, 1)));
        (p.Tier, p.TierNameZh, p.TierNameEn).ShouldBe((TalentTier.SkilledWorker, "技能人才", "Skilled worker"));
        (p.PolicyNumber, p.Tier1MinLevelRank, p.Tier2MinLevelRank).ShouldBe((1, 1, 4));
        p.Rungs.Select(r => r.Rank).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        var next = p.NextLevel!;
        (next.LevelRank, next.NameZh, next.IsMet, next.QualifiesOn).ShouldBe((4, "高级工", false, new DateOnly(2027, 4, 1)));
        // 2022-04-01 → 2026-06-30: 50 whole months = 4.1 years.
        var years = next.Routes[0].Requirements.ShouldHaveSingleItem();
        (years.TextZh, years.TextEn).ShouldBe(("中级工满 5 年：已满 4.1 年", "5 years at Intermediate worker: 4.1 so far"));
        next.Routes[1].Requirements.Select(r => (r.IsMet, r.TextZh)).ShouldBe(
            [(true, "中级工满 2 年：已满 4.1 年"), (false, "学历达到“大专 / 高职”：现为“未登记学历”")]);
        next.Routes[2].IsExemption.ShouldBeTrue();
        next.Routes[2].Requirements.Single().TextZh.ShouldBe("近 2 年市级及以上竞赛前 3 名：暂无名次");
        next.ProgressPercent.ShouldBe(82); // the best route: 41 of 50 tenths
        var tier = p.NextTier!;
        (tier.Tier, tier.NameZh, tier.QualifiesOn).ShouldBe((TalentTier.HighSkilledWorker, "高技能人才", new DateOnly(2027, 4, 1)));
        tier.Routes.Single().Requirements.Single().TextZh.ShouldBe("取得高级工或以上等级：现为中级工");
        p.Timeline.ShouldHaveSingleItem().ShouldBe(new TimelineEntry(new DateOnly(2022, 4, 1), TimelineKind.LevelChange,
            "技能等级：中级工（建档时等级）", "Skill level: Intermediate worker (on record at registration)"));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_senior_worker_is_warned_of_an_expiring_honour_reads_messages_and_sees_the_timeline_newest_first(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateCityAsync();
        var id = await app.WorkerAsync(city, "Senior", new DateOnly(2020, 1, 10), education: Education.College);
        var now = app.Clock.Now.UtcDateTime;
        await app.InsertAsync(new WorkerHonour(id, "市技术能手", new DateOnly(2024, 8, 1), new DateOnly(2026, 8, 1)),
            new WorkerTierChange(id, TalentTier.SkilledWorker, TalentTier.HighSkilledWorker, new DateOnly(2020, 1, 10), "等级变动"),
            new WorkerMessage(id, WorkerMessageKind.HonourExpiring, "您的荣誉“市技术能手”将于 2026-08-01 到期。", now.AddDays(-1)),
            new WorkerMessage(id, WorkerMessageKind.TierChanged, "您的人才层级已变更。", now.AddDays(-30)));
        var honour = await app.QueryAsync(db => db.HonourTypes.OrderBy(h => h.Id).FirstAsync(h => h.IsActive));
        await app.InsertAsync(Nomination.ForHonourByEnterprise(id, honour, city.D.EnterpriseId, "多次解决关键技术难题，带徒十余人。",
            new Signature("7", "人事专员"), new DateTime(2026, 5, 31, 20, 0, 0, DateTimeKind.Utc))); // 1 June in China

        var p = await app.RunAs(AppRoles.Worker, workerId: id).SendAsync(new GetWorkerProgressQuery(id));

        p.Tier.ShouldBe(TalentTier.HighSkilledWorker);
        p.ExpiringHonours.ShouldHaveSingleItem().ShouldBe(new ExpiringHonour("市技术能手", new DateOnly(2026, 8, 1), 32));
        p.NextTier!.Routes.Single().Requirements.Single().TextZh.ShouldBe("需要 1 项工匠类荣誉：现有 0 项");
        p.NextTier.Routes.Single().Requirements.Single().TextEn.ShouldBe("Needs 1 craftsman-class honour: 0 so far");
        p.NextLevel!.Routes[0].Requirements.Single().TextEn.ShouldBe("4 years at Senior worker: 6.4 so far");
        p.NextLevel.IsMet.ShouldBeTrue();
        p.UnreadMessages.Select(m => m.Kind).ShouldBe([WorkerMessageKind.HonourExpiring, WorkerMessageKind.TierChanged]);
        p.Timeline.Select(e => (e.On, e.Kind)).ShouldBe(
        [
            (new DateOnly(2026, 6, 1), TimelineKind.Nomination),
            (new DateOnly(2024, 8, 1), TimelineKind.HonourConferred),
            (new DateOnly(2020, 1, 10), TimelineKind.TierChange),
            (new DateOnly(2020, 1, 10), TimelineKind.LevelChange),
        ]);

        p.Timeline[0].TextZh.ShouldBe($"被推荐：{honour.Name}（已提交）");
        // Marking read is the worker's own act, up to the newest message they were shown.
        (await app.SendAsync(new MarkWorkerMessagesReadCommand(id, p.UnreadMessages.Max(m => m.Id)))).ShouldBe(2);
        (await app.SendAsync(new GetWorkerProgressQuery(id))).UnreadMessages.ShouldBeEmpty();
        (await app.QueryAsync(db => Task.FromResult(db.WorkerMessages.All(m => m.ReadAt == app.Clock.Now.UtcDateTime)))).ShouldBeTrue();
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Progress_is_seen_exactly_like_the_worker_record(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateCityAsync();
        var ours = await app.WorkerAsync(city, "Junior", new DateOnly(2023, 1, 1));
        var theirs = await app.WorkerAsync(city, "Junior", new DateOnly(2023, 1, 1), city.OtherEnterpriseId, name: "吴芳");

        (await app.RunAs(AppRoles.Worker, workerId: ours).SendAsync(new GetWorkerProgressQuery(ours))).WorkerId.ShouldBe(ours);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetWorkerProgressQuery(theirs)));
        app.RunAs(AppRoles.HrReviewer, enterpriseId: city.D.EnterpriseId);
        (await app.SendAsync(new GetWorkerProgressQuery(ours))).WorkerId.ShouldBe(ours);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetWorkerProgressQuery(theirs)));
        foreach (var role in new[] { AppRoles.Organizer, AppRoles.HrReviewer, AppRoles.Admin })
            (await app.RunAs(role).SendAsync(new GetWorkerProgressQuery(theirs))).WorkerId.ShouldBe(theirs);
        foreach (var role in new[] { AppRoles.Judge, null })
            await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(role).SendAsync(new GetWorkerProgressQuery(ours)));
        await Should.ThrowAsync<NotFoundException>(() => app.RunAs(AppRoles.Admin).SendAsync(new GetWorkerProgressQuery(99999)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_the_worker_themselves_marks_their_messages_read(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateCityAsync();
        var ours = await app.WorkerAsync(city, "Junior", new DateOnly(2023, 1, 1));
        var theirs = await app.WorkerAsync(city, "Junior", new DateOnly(2023, 1, 1), name: "吴芳");
        await app.InsertAsync(new WorkerMessage(ours, WorkerMessageKind.NominationOutcome, "推荐结果已公布。", app.Clock.Now.UtcDateTime));

        foreach (var (role, worker) in new[] { (AppRoles.Admin, (int?)null), (AppRoles.HrReviewer, null), (AppRoles.Worker, theirs) })
            await Should.ThrowAsync<ForbiddenException>(() =>
                app.RunAs(role, workerId: worker, enterpriseId: city.D.EnterpriseId).SendAsync(new MarkWorkerMessagesReadCommand(ours)));

        (await app.QueryAsync(db => Task.FromResult(db.WorkerMessages.Count(m => m.ReadAt == null)))).ShouldBe(1);
    }
}
