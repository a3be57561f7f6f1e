using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Innovation;

/// <summary>Assessing an entry: benefit to the fen, the suggested or reasoned grade, who may assess, conflicts and races.</summary>
public sealed class AssessInnovationTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Hr_accepts_with_a_benefit_exact_to_the_fen_and_the_grade_the_benefit_suggests(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        var id = await app.SubmittedAsync(city, coAuthors: [city.Colleague]);

        await app.SendAsync(InnovationWorld.Acceptance(id, "¥36,000.05"));

        var e = await app.SendAsync(new GetInnovationQuery(id));
        (e.Status, e.AssessedBenefitFen, e.Grade, e.AssessedBy, e.AssessedOn, e.Version)
            .ShouldBe((InnovationStatus.Accepted, 3_600_005L, InnovationGrade.Second, "hr-a", new DateOnly(2026, 6, 30), 1));
        e.May.Assess.ShouldBeFalse();
        // Both authors now hold the evidence, on their timelines as on their ladder facts.
        foreach (var author in new[] { city.Lead, city.Colleague })
        {
            var progress = await app.RunAs(AppRoles.Worker, workerId: author).SendAsync(new Features.Ladder.GetWorkerProgressQuery(author));
            progress.Timeline[0].ShouldBe(new Features.Ladder.TimelineEntry(new DateOnly(2026, 6, 30), Features.Ladder.TimelineKind.InnovationAccepted,
                "创新成果被采纳：改进钢筋下料流程（合理化建议，二等）", "Innovation accepted: 改进钢筋下料流程 (rationalisation proposal, second grade)"));
        }
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Another_grade_needs_a_reason_and_a_benefit_must_be_whole_fen(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        var id = await app.SubmittedAsync(city);

        var unreasoned = await Should.ThrowAsync<DomainException>(() => app.SendAsync(InnovationWorld.Acceptance(id, "1200", InnovationGrade.Third)));
        (unreasoned.Code, unreasoned.Field, unreasoned.Message).ShouldBe(("innovation.grade_reason", "Note", "按评估效益应评鼓励奖；改评其他等级须写明理由。"));
        var errors = (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(InnovationWorld.Acceptance(id, "1200.005")))).Errors;
        errors["AssessedBenefit"].ShouldBe(["请填写年度评估效益：不小于 0 的金额，最多两位小数（单位：元）。"]);
        errors = (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AssessInnovationCommand { EntryId = id, Version = 0, Adopted = false }))).Errors;
        errors["Note"].ShouldBe(["请填写不采纳的理由。"]);
        (await app.QueryAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id))).Status.ShouldBe(InnovationStatus.Submitted);

        // Removing a safety hazard has little price but real worth: third grade, with the reason written down.
        await app.SendAsync(InnovationWorld.Acceptance(id, "1200", InnovationGrade.Third, "消除了下料区的机械伤害隐患。"));
        var e = await app.SendAsync(new GetInnovationQuery(id));
        (e.Grade, e.AssessedBenefitFen, e.AssessmentNote).ShouldBe((InnovationGrade.Third, 120_000L, "消除了下料区的机械伤害隐患。"));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_author_never_assesses_their_own_entry_and_outsiders_may_not_assess_at_all(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        var id = await app.SubmittedAsync(city, coAuthors: [city.Colleague]);

        // The colleague is also the enterprise's HR, and a federation reviewer is the lead author: both have a conflict.
        app.RunAs(AppRoles.HrReviewer, workerId: city.Colleague, enterpriseId: city.EnterpriseA);
        (await app.SendAsync(new GetInnovationQuery(id))).May.ShouldBe(new InnovationAbilities(false, false, true));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(InnovationWorld.Acceptance(id, "500"))))
            .Code.ShouldBe("innovation.conflict_of_interest");
        (await Should.ThrowAsync<DomainException>(() => app.RunAs(AppRoles.HrReviewer, workerId: city.Lead).SendAsync(InnovationWorld.Acceptance(id, "500"))))
            .Message.ShouldContain("回避");

        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseB).SendAsync(InnovationWorld.Acceptance(id, "500")));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Organizer).SendAsync(InnovationWorld.Acceptance(id, "500")));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: city.Other, enterpriseId: city.EnterpriseA)
            .SendAsync(InnovationWorld.Acceptance(id, "500")));
        (await app.QueryAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id))).Status.ShouldBe(InnovationStatus.Submitted);

        // A federation reviewer with no part in it decides.
        app.RunAs(AppRoles.HrReviewer, userName: "fed-1");
        (await app.SendAsync(new GetInnovationQuery(id))).May.Assess.ShouldBeTrue();
        await app.SendAsync(new AssessInnovationCommand { EntryId = id, Version = 0, Adopted = false, Note = "现场已有同类做法。" });
        (await app.SendAsync(new GetInnovationQuery(id))).Status.ShouldBe(InnovationStatus.NotAdopted);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_stale_version_or_a_decided_entry_is_refused_without_change(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        var id = await app.SubmittedAsync(city);
        var other = await app.SubmittedAsync(city, "设备点检表简化");
        await app.RunAs(AppRoles.Worker, workerId: city.Lead).SendAsync(new WithdrawInnovationCommand(other, 0));
        app.RunAs(AppRoles.Admin);

        // Someone changed the entry after it was read (version 0 → 1): the decision built on the old one is refused.
        await app.QueryAsync(db => db.InnovationEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Version, 1)));
        (await Should.ThrowAsync<ConflictException>(() => app.SendAsync(InnovationWorld.Acceptance(id, "500")))).Code.ShouldBe("stale_version");
        (await app.QueryAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id))).Status.ShouldBe(InnovationStatus.Submitted);

        await app.SendAsync(InnovationWorld.Acceptance(id, "500", version: 1));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(InnovationWorld.Acceptance(id, "500", version: 2)))).Code.ShouldBe("innovation.decided");
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(InnovationWorld.Acceptance(other, "500", version: 1)))).Code.ShouldBe("innovation.decided");
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(InnovationWorld.Acceptance(999999, "500")));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_acceptance_re_evaluates_every_author_and_records_a_tier_that_had_fallen_behind(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        // A worker registered before tiers were kept: holds 中级工 but is recorded with no tier.
        var behind = await app.QueryAsync(async db =>
        {
            var worker = new Worker("钱伟", TestData.IdNumber(new DateOnly(1993, 1, 1), 777), city.EnterpriseA, city.Directory.D.OccupationId,
                new DateOnly(2016, 1, 1), true);
            worker.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == "Intermediate"), new DateOnly(2020, 1, 1), LevelChangeReason.Initial);
            db.Add(worker);
            await db.SaveChangesAsync();
            return worker;
        });
        var id = await app.SubmittedAsync(city, coAuthors: [behind.Id]);

        await app.SendAsync(InnovationWorld.Acceptance(id, "8000"));

        var change = await app.QueryAsync(db => db.WorkerTierChanges.SingleAsync(c => c.WorkerId == behind.Id));
        (change.FromTier, change.ToTier, change.EffectiveOn, change.Reason)
            .ShouldBe((TalentTier.None, TalentTier.SkilledWorker, new DateOnly(2026, 6, 30), "创新成果被采纳"));
        (await app.QueryAsync(db => db.Workers.SingleAsync(w => w.Id == behind.Id))).Tier.ShouldBe(TalentTier.SkilledWorker);
    }
}
