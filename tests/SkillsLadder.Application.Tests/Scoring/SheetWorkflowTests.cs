using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Scoring;

public sealed class SheetWorkflowTests
{
    private static VerifySheetCommand Verify(ScoringWorld w, Entrant entrant, CompetitionJudge judge) =>
        new() { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = entrant.Id, JudgeId = judge.Id };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Submitting_needs_every_aspect_and_verifying_needs_a_second_official(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        w.As(w.Li);
        await app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")));
        var submit = new SubmitSheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = w.Entrants[0].Id };
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(submit))).Message.ShouldBe("还有 2 个评分项未打分，不能提交。");
        await app.SendAsync(w.Save(w.Entrants[0], 1, ("A2", "20"), ("B1", "2")));
        (await app.SendAsync(submit)).Status.ShouldBe(SheetStatus.Submitted);

        (await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Verify(w, w.Entrants[0], w.Li))))
            .Message.ShouldBe("不能复核本人的评分表，须由另一名裁判或工作人员复核。");
        w.As(w.Outsider);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Verify(w, w.Entrants[0], w.Li)));

        w.As(w.Zhao); // another judge of the panel, not recused from entrant 1
        var verified = await app.SendAsync(Verify(w, w.Entrants[0], w.Li));
        verified.Status.ShouldBe(SheetStatus.Verified);
        var view = await w.As(w.Li).SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, w.Entrants[0].Id));
        (view.SubmittedBy, view.VerifiedBy, view.CanEdit).ShouldBe(("li", "zhao", false));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_scribe_who_submitted_a_sheet_cannot_verify_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        w.AsOrganizer("scribe");
        await app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30"), ("A2", "20"), ("B1", "2")) with { JudgeId = w.Li.Id });
        await app.SendAsync(new SubmitSheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = w.Entrants[0].Id, JudgeId = w.Li.Id });

        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Verify(w, w.Entrants[0], w.Li))))
            .Message.ShouldBe("复核须由提交人以外的另一名裁判或工作人员签认。");
        w.AsOrganizer("second-organizer");
        (await app.SendAsync(Verify(w, w.Entrants[0], w.Li))).Status.ShouldBe(SheetStatus.Verified);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_the_chief_judge_unlocks_with_a_reason_and_the_sheet_returns_to_draft_with_its_history(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await w.MarkAsync(w.Li, w.Entrants[0], "30", "20", "2", submit: true);
        await w.As(w.Chief).SendAsync(Verify(w, w.Entrants[0], w.Li));
        var unlock = new UnlockSheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = w.Entrants[0].Id, JudgeId = w.Li.Id, Reason = "A1 读数抄错" };

        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(unlock with { Reason = " " }))).Errors["Reason"].ShouldBe(["解锁须写明理由。"]);
        w.AsOrganizer();
        (await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(unlock))).Message.ShouldBe("只有本赛裁判长可以执行此操作。");
        w.As(w.Li);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(unlock));
        await ScoringWorld.MoveAsync(app, w.Id, CompetitionStatus.Locked);
        w.As(w.Chief);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(unlock)))
            .Message.ShouldBe("竞赛已锁定：须先由裁判长解锁竞赛（回到评分阶段），再解锁评分表。");
        await ScoringWorld.MoveAsync(app, w.Id, CompetitionStatus.Marking, "复核发现问题");

        var unlocked = await app.SendAsync(unlock);

        unlocked.Status.ShouldBe(SheetStatus.Draft);
        var history = await app.SendAsync(new GetSheetHistoryQuery(w.Id, unlocked.SheetId));
        history.Items.Select(i => i.Action).ShouldBe([SheetAction.Marked, SheetAction.Marked, SheetAction.Marked,
            SheetAction.Submitted, SheetAction.Verified, SheetAction.Unlocked]);
        history.Items.Last().ShouldSatisfyAllConditions(i => i.By.ShouldBe("chief"), i => i.Reason.ShouldBe("A1 读数抄错"));
        // The judge corrects the mark; the history now holds the correction too.
        w.As(w.Li);
        await app.SendAsync(w.Save(w.Entrants[0], unlocked.Version, ("A1", "32")));
        (await app.SendAsync(new GetSheetHistoryQuery(w.Id, unlocked.SheetId))).Items.Last().ShouldSatisfyAllConditions(
            i => i.AspectCode.ShouldBe("A1"), i => i.Old.ShouldBe(30m), i => i.New.ShouldBe(32m));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_judge_reopens_a_submitted_sheet_but_a_plain_judge_may_not_read_anothers_history(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var saved = await w.MarkAsync(w.Li, w.Entrants[0], "30", "20", "2", submit: true);

        var reopened = await app.SendAsync(new ReopenSheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = w.Entrants[0].Id, Reason = "A2 看错" });

        reopened.Status.ShouldBe(SheetStatus.Draft);
        w.As(w.Zhao);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetSheetHistoryQuery(w.Id, saved.SheetId)));
        await Should.ThrowAsync<NotFoundException>(() => w.AsOrganizer().SendAsync(new GetSheetHistoryQuery(w.Other.Id, saved.SheetId)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Verify_all_signs_what_it_may_and_says_what_it_skipped_and_why(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await w.MarkAsync(w.Li, w.Entrants[0], "30", "20", "2", submit: true);
        await w.MarkAsync(w.Zhao, w.Entrants[0], "31", "20", "2", submit: true);
        await w.MarkAsync(w.Chief, w.Entrants[0], "30", "20", "3", submit: true);   // the chief submitted this one
        await w.MarkAsync(w.Li, w.Entrants[2], "30", "20", "0", submit: true);
        await w.MarkAsync(w.Zhao, w.Entrants[2], "30", "20", "2", submit: true);    // B1: 0 vs 2, gap 2 > 1

        w.As(w.Li);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new VerifyAllCommand { CompetitionId = w.Id }));
        var result = await w.As(w.Chief).SendAsync(new VerifyAllCommand { CompetitionId = w.Id, PanelId = w.Panel.Id });

        result.Verified.ShouldBe(2);
        result.Skipped.Select(s => (s.Bib, s.JudgeName, s.Reason)).ShouldBe([
            (1, "王主任", "这张表由您本人提交，须由另一名官员复核。"),
            (3, "李裁判", "评分项 B1 的裁判分差超过允许范围，请裁判长先组织复议、消除分差后再复核。"),
            (3, "赵裁判", "评分项 B1 的裁判分差超过允许范围，请裁判长先组织复议、消除分差后再复核。"),
        ], ignoreOrder: true);
    }
}
