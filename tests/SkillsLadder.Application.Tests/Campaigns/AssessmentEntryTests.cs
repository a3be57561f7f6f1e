using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Campaigns;

public sealed class AssessmentEntryTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Typed_text_is_parsed_exactly_and_every_refusal_names_its_indicator_with_nothing_saved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());

        foreach (var (typed, expected) in new[] { ("abc", "“进度”：“abc”不是有效的数字"), ("1.234", "“进度”：“1.234”超过两位小数"), ("61", "“进度”应在 -60–60 天之间，输入的是 61") })
        {
            var refused = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(w.Save(1, 0, 0, [("S", typed)], ("Q1", "2"))));
            refused.Errors["Values[S]"][0].ShouldContain(expected);
        }
        var counts = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(w.Save(1, 0, 0, [("S", "1")], ("Q1", "abc"), ("A1", "-1"), ("C1", "100"), ("X9", "1"))));
        counts.Errors["Counts[Q1]"][0].ShouldContain("“整改通知单”的次数应为 0–99 的整数");
        counts.Errors["Counts[A1]"][0].ShouldContain("“安全违章”");
        counts.Errors["Counts[C1]"][0].ShouldContain("输入的是“100”");
        counts.Errors["Counts[X9]"][0].ShouldContain("不在本期的考核方案中");

        (await app.CountAsync<PeriodAssessment>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Days_behind_take_a_minus_sign_and_the_saved_score_explains_itself(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());

        // S 100 − 4.5 days; Q 100 − 2 notices; A 100 − 1 violation × 5; I 100 + 1 suggestion × 2; C 100.
        var saved = await app.SendAsync(w.Save(1, 0, 0, [("S", "-4.5")], ("Q1", "2"), ("A1", "1"), ("I1", "1")));

        (saved.Version, saved.Changed, saved.Status).ShouldBe((1, 4, AssessmentStatus.Draft));
        saved.Total.ShouldBe(95.5m + 98m + 95m + 102m + 100m);
        saved.Explanation.ShouldContain("进度 100.00 −4.50 = 95.50");
        var view = await app.SendAsync(new GetAssessmentQuery(w.Id, w.Period(1), w.Crew(0)));
        view.Indicators[0].Value.ShouldBe(-4.5m);
        view.Indicators[1].Events.Select(e => e.Count).ShouldBe([2, 0]);
        (view.Total, view.Explanation, view.CanEdit).ShouldBe((saved.Total, saved.Explanation, true));

        var vetoed = await app.SendAsync(w.Save(1, 0, saved.Version, null, ("AV", "1")));
        vetoed.Total.ShouldBe(0m);
        vetoed.Explanation.ShouldContain("一票否决（安全事故），本期计 0 分");
        var preview = await app.SendAsync(new PreviewAssessmentScoreQuery
        {
            CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(0),
            Counts = [new CountInput { EventCode = "AV", Count = "0" }],
        });
        preview.Total.ShouldBe(saved.Total);
        (await app.SendAsync(new GetAssessmentQuery(w.Id, w.Period(1), w.Crew(0)))).Total.ShouldBe(0m); // a preview saves nothing
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_stale_version_is_refused_whole_and_a_retried_key_is_applied_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());
        var first = await app.SendAsync(w.Save(1, 0, 0, [("S", "3")]));

        var second = await Should.ThrowAsync<ConflictException>(() => app.SendAsync(w.Save(1, 0, 0, [("S", "5")], ("Q1", "1"))));
        second.Code.ShouldBe("stale_version");
        await app.SendAsync(w.Save(1, 0, first.Version, [("S", "4")]));
        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(w.Save(1, 0, first.Version, [("S", "6")])));
        (await app.SendAsync(new GetAssessmentQuery(w.Id, w.Period(1), w.Crew(0)))).Indicators[0].Value.ShouldBe(4m);

        var keyed = w.Save(1, 1, 0, [("S", "1")]) with { IdempotencyKey = "site-tablet-42" };
        var once = await app.SendAsync(keyed);
        (await app.SendAsync(keyed)).ShouldBe(once);
        (await Should.ThrowAsync<ConflictException>(() => app.SendAsync(keyed with { Values = [new ValueInput { IndicatorCode = "S", Value = "2" }] })))
            .Code.ShouldBe("idempotency.key_reused");
        (await app.QueryAsync(db => db.AssessmentChanges.CountAsync(c => c.AssessmentId == once.AssessmentId))).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Submission_needs_every_measure_reopening_needs_a_reason_and_the_history_keeps_it_all(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await app.CreateCampaignAsync(await app.SeedDirectoryAsync());
        app.RunAs(AppRoles.Organizer, userName: "organizer-zhou");
        var draft = await app.SendAsync(w.Save(1, 0, 0, null, ("Q1", "2")));
        var submit = new SubmitAssessmentCommand { CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(0), Version = draft.Version };
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(submit))).Message.ShouldContain("进度");

        var withDays = await app.SendAsync(w.Save(1, 0, draft.Version, [("S", "2")]));
        var complete = await app.SendAsync(w.Save(1, 0, withDays.Version, null, ("Q1", "1")));
        await app.SendAsync(submit with { Version = complete.Version });
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(1, 0, complete.Version + 1, [("S", "9")])))).Code.ShouldBe("assessment.not_draft");
        var reopen = new ReopenAssessmentCommand { CampaignId = w.Id, PeriodId = w.Period(1), ParticipantId = w.Crew(0), Reason = " " };
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(reopen));
        await app.SendAsync(reopen with { Reason = "整改通知单数量有误" });

        var history = await app.SendAsync(new GetAssessmentHistoryQuery(w.Id, w.Period(1), w.Crew(0)));
        history.Select(h => (h.Action, h.Subject, h.Old, h.New)).ShouldBe(
        [
            (AssessmentAction.EventsCounted, "整改通知单", "0", "2"),
            (AssessmentAction.ValueEntered, "进度", null, "2"),
            (AssessmentAction.EventsCounted, "整改通知单", "2", "1"),
            (AssessmentAction.Submitted, null, null, null),
            (AssessmentAction.Reopened, null, null, null),
        ]);
        history[^1].Reason.ShouldBe("整改通知单数量有误");
        history.ShouldAllBe(h => h.By == "organizer-zhou");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Nothing_is_entered_before_the_start_or_for_a_withdrawn_crew(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var draft = await app.CreateCampaignAsync(directory, start: false);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(draft.Save(1, 0, 0, [("S", "1")])))).Code.ShouldBe("campaign.not_running");

        var w = await app.CreateCampaignAsync(directory);
        await app.SendAsync(new WithdrawParticipantCommand { CampaignId = w.Id, ParticipantId = w.Crew(2), Reason = "标段调整" });
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(1, 2, 0, [("S", "1")])))).Code.ShouldBe("participant.withdrawn");
        app.RunAs(AppRoles.HrReviewer, enterpriseId: directory.EnterpriseId);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(w.Save(1, 0, 0, [("S", "1")])));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetAssessmentGridQuery(w.Id)));
    }
}
