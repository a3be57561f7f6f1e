using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Scoring;

public sealed class DisagreementTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_gap_is_flagged_at_once_blocks_verification_and_disappears_after_a_rescore(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var entrant = w.Entrants[0];
        await w.MarkAsync(w.Li, entrant, "30", "20", "1", submit: true);
        await w.MarkAsync(w.Zhao, entrant, "31", "20", "3");          // a draft counts: the flag shows while marking

        // The judge sees the flag beside B1 but not the other judges' values.
        var liView = await w.As(w.Li).SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, entrant.Id));
        liView.Aspects.Where(a => a.GapFlagged).Select(a => a.Code).ShouldBe(["B1"]);
        liView.Aspects.ShouldAllBe(a => a.OtherValues == null && a.Gap == null);
        // The chief judge sees everything, on the sheet and in the list.
        var chiefView = await w.As(w.Chief).SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, entrant.Id, w.Li.Id));
        chiefView.Aspects.Single(a => a.Code == "B1").OtherValues!.Select(v => (v.JudgeName, v.Value)).ShouldBe([("赵裁判", 3m)]);
        var list = await app.SendAsync(new ListDisagreementsQuery(w.Id));
        var item = list.ShouldHaveSingleItem();
        (item.Bib, item.AspectCode, item.Gap, item.AllowedGap).ShouldBe((1, "B1", 2m, 1m));
        item.Values.Select(v => (v.JudgeName, v.Value, v.Status)).ShouldBe([("李裁判", 1m, SheetStatus.Submitted), ("赵裁判", 3m, SheetStatus.Draft)]);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new VerifySheetCommand
                { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = entrant.Id, JudgeId = w.Li.Id })))
            .Message.ShouldBe("评分项 B1 的裁判分差超过允许范围，请裁判长先组织复议、消除分差后再复核。");
        await Should.ThrowAsync<ForbiddenException>(() => w.As(w.Li).SendAsync(new ListDisagreementsQuery(w.Id)));

        // The panel looks again: 赵裁判 re-scores B1 as 2 (gap 1, within the allowed 1).
        var zhao = await w.As(w.Zhao).SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, entrant.Id));
        await app.SendAsync(w.Save(entrant, zhao.Version, ("B1", "2")));

        (await w.As(w.Chief).SendAsync(new ListDisagreementsQuery(w.Id))).ShouldBeEmpty();
        (await app.SendAsync(new VerifySheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = entrant.Id, JudgeId = w.Li.Id }))
            .Status.ShouldBe(SheetStatus.Verified);
    }

    /// <summary>
    /// Entrant 2, B1 (judgement /40, trimmed mean, allowed gap 1). 王主任 enters 2 and 李裁判 3; 赵裁判 is recused and a
    /// stray sheet of his (0) exists. Counted: [2, 3] — fewer than four values, so the trimmed mean is the plain mean
    /// 2.5 — mark 40 × 2.5 ÷ 3 = 33.333… → 33.33. Gap 3 − 2 = 1, within 1: no flag. Had the 0 counted, the values
    /// [0, 2, 3] would give 40 × 5/3 ÷ 3 = 22.22 and a gap of 3.
    /// </summary>
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_recused_judges_missing_mark_leaves_the_aggregate_to_the_others(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var entrant = w.Entrants[1];
        await w.MarkAsync(w.Chief, entrant, "30", "20", "2");
        await w.MarkAsync(w.Li, entrant, "34", "20", "3");
        var b1 = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.MarkingAspects, a => a.Code == "B1" && db.MarkingCriteria.Any(k => k.Id == a.CriterionId && db.MarkingComponents.Any(m => m.Id == k.ComponentId && m.CompetitionId == w.Id))));
        var stray = new ScoreSheet(w.Id, entrant.Id, SheetSource.Judge, w.Panel.Id, w.Zhao.Id, null);
        stray.Record([new SheetEntryInput(b1.Id, b1.Rule, new Mark(0))], "zhao", DateTime.UtcNow);
        await app.InsertAsync(stray);

        var board = await app.QueryAsync(db => MarkingBoard.LoadAsync(db, w.Id, w.Panel.Id, entrant.Id, CancellationToken.None));
        var spread = board.Spreads(board.Panels.Single(), entrant.Id).Single(s => s.Aspect.Code == "B1");
        var mark = spread.Aspect.Rule.Score(spread.Values.Select(v => v.Value.Value).ToList())!;

        spread.Values.Select(v => v.JudgeName).ShouldBe(["李裁判", "王主任"]);
        mark.Aggregate.Used.ShouldBe([2m, 3m]);
        mark.Aggregate.Dropped.ShouldBeEmpty();
        mark.Mark.ShouldBe(new Mark(3333));
        (mark.Gap, mark.GapExceeded, spread.Flagged).ShouldBe((1m, false, false));
        (await w.As(w.Chief).SendAsync(new ListDisagreementsQuery(w.Id))).ShouldBeEmpty();
        var a1 = board.Spreads(board.Panels.Single(), entrant.Id).Single(s => s.Aspect.Code == "A1");
        a1.Aspect.Rule.Score(a1.Values.Select(v => v.Value.Value).ToList())!.Mark.ShouldBe(new Mark(3200)); // (30 + 34) ÷ 2
    }
}
