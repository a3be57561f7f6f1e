using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Campaigns;

public sealed class PeriodLockTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_period_does_not_lock_while_anyone_active_has_not_submitted_and_says_who(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());
        await app.SubmitAsync(w, 1, 0, "2");
        await app.SendAsync(w.Save(1, 1, 0, [("S", "1")]));

        var refused = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new LockPeriodCommand(w.Id, w.Period(1))));

        refused.Message.ShouldBe("2026年1月 还有 2 份考核未提交，不能锁定：二班组、三班组。");
        (await app.SendAsync(new ListPeriodsQuery(w.Id)))[0].ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PeriodStatus.Open), p => (p.Active, p.Submitted, p.Drafts).ShouldBe((3, 1, 1)));
        // A withdrawn crew no longer holds the period up.
        await app.SendAsync(new WithdrawParticipantCommand { CampaignId = w.Id, ParticipantId = w.Crew(2), Reason = "退出本标段" });
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new LockPeriodCommand(w.Id, w.Period(1))))).Message.ShouldContain("1 份考核未提交，不能锁定：二班组");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Locking_locks_every_assessment_and_unlocking_with_a_reason_returns_them_to_submitted(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync(), months: 1);
        for (var crew = 0; crew < 3; crew++) await app.SubmitAsync(w, 1, crew, $"{crew}");

        var locked = await app.SendAsync(new LockPeriodCommand(w.Id, w.Period(1)));

        (locked.Status, locked.Assessments).ShouldBe((PeriodStatus.Locked, 3));
        (await app.QueryAsync(db => db.PeriodAssessments.Select(a => a.Status).ToListAsync())).ShouldAllBe(s => s == AssessmentStatus.Locked);
        var reopen = new ReopenAssessmentCommand { CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(0), Reason = "复核" };
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(reopen))).Code.ShouldBe("period.locked");
        await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(1, 0, 3, [("S", "5")])));
        var grid = await app.SendAsync(new GetAssessmentGridQuery(w.Id));
        grid.Rows.Select(r => r.Cells.Single().Total).ShouldBe([500m, 501m, 502m]);

        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new UnlockPeriodCommand { CampaignId = w.Id, PeriodId = w.Period(1) }));
        var unlocked = await app.SendAsync(new UnlockPeriodCommand { CampaignId = w.Id, PeriodId = w.Period(1), Reason = "一班组进度数据需复核" });

        (unlocked.Status, unlocked.Assessments).ShouldBe((PeriodStatus.Open, 3));
        (await app.QueryAsync(db => db.PeriodAssessments.Select(a => a.Status).ToListAsync())).ShouldAllBe(s => s == AssessmentStatus.Submitted);
        (await app.SendAsync(new ListPeriodsQuery(w.Id)))[0].UnlockReason.ShouldBe("一班组进度数据需复核");
        var history = await app.SendAsync(new GetAssessmentHistoryQuery(w.Id, w.Period(1), w.Crew(0)));
        history.Select(h => h.Action).ShouldBe([AssessmentAction.ValueEntered, AssessmentAction.Submitted, AssessmentAction.Locked, AssessmentAction.Unlocked]);
        history[^1].Reason.ShouldBe("一班组进度数据需复核");
        await app.SendAsync(reopen);

        // Locked again, the one-period campaign can close.
        await app.SendAsync(new SubmitAssessmentCommand { CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(0) });
        await app.SendAsync(new LockPeriodCommand(w.Id, w.Period(1)));
        await app.SendAsync(new CloseCampaignCommand(w.Id));
        (await app.SendAsync(new GetCampaignQuery(w.Id))).Status.ShouldBe(CampaignStatus.Closed);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new UnlockPeriodCommand { CampaignId = w.Id, PeriodId = w.Period(1), Reason = "年底复查" })))
            .Code.ShouldBe("campaign.closed");
    }
}
