using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Application.Tests.Scoring;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Results;

/// <summary>The judge-disagreement report and the raw/aggregated breakdown, on hand-worked marks.</summary>
public sealed class JudgeReportTests
{
    /// <summary>
    /// ScoringWorld: A1 measurement /40 (mean), A2 /20 (mean), B1 judgement /40 (trimmed mean: plain mean under four values).
    /// Entrant 1: A1 王主任 30, 李裁判 30, 赵裁判 27 → mark 29: deviations +1, +1, −2; A2 all 20 and B1 all 2: 0.
    /// Entrant 3: A1 34, 34, 31 → 33: +1, +1, −2; A2 0; B1 3, 3, 2 → mean 8/3 → 40 × 8/9 = 35.56, the judges' values alone
    /// 40, 40 and 26.67: +4.44, +4.44, −8.89. Entrant 2: 赵裁判 is recused, 李裁判's sheet is a draft (A1 10, not counted),
    /// so only 王主任's values remain there: nothing to compare, skipped.
    /// 王主任 and 李裁判: (1 + 1 + 4.44) ÷ 6 = 1.07; 赵裁判: (−2 − 2 − 8.89) ÷ 6 = −2.15, |·| the same.
    /// Median of the means 1.07; spread (0 + 0 + 3.22) ÷ 3 = 1.07; threshold 1.5 × 1.07 = 1.61; 赵裁判 sits 3.22 below: harsh.
    /// </summary>
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_judge_who_marks_lower_by_a_known_amount_is_labelled_harsh(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var (e1, e2, e3) = (w.Entrants[0], w.Entrants[1], w.Entrants[2]);
        await w.MarkAsync(w.Chief, e1, "30", "20", "2", submit: true);
        await w.MarkAsync(w.Li, e1, "30", "20", "2", submit: true);
        await w.MarkAsync(w.Zhao, e1, "27", "20", "2", submit: true);
        await w.MarkAsync(w.Chief, e3, "34", "20", "3", submit: true);
        await w.MarkAsync(w.Li, e3, "34", "20", "3", submit: true);
        await w.MarkAsync(w.Zhao, e3, "31", "20", "2", submit: true);
        await w.MarkAsync(w.Chief, e2, "30", "20", "2", submit: true);
        await w.MarkAsync(w.Li, e2, "10", "0", "0");

        var report = await w.As(w.Chief).SendAsync(new GetJudgeDeviationsQuery(w.Id));

        report.Judges.Select(j => (j.JudgeName, j.Entries, j.MeanDeviation, j.MeanAbsoluteDeviation, j.Tendency)).ShouldBe([
            ("赵裁判", 6, -2.15m, 2.15m, JudgeTendency.Harsh),
            ("李裁判", 6, 1.07m, 1.07m, JudgeTendency.Typical),
            ("王主任", 6, 1.07m, 1.07m, JudgeTendency.Typical),
        ]);
        (report.Median, report.Spread, report.Threshold).ShouldBe((1.07m, 1.07m, 1.61m));
        await Should.ThrowAsync<ForbiddenException>(() => w.As(w.Li).SendAsync(new GetJudgeDeviationsQuery(w.Id)));
    }

    /// <summary>
    /// Entrant 2, from whom 赵裁判 is recused: A1 王主任 30, 李裁判 34 → 32; A2 20, 20 → 20; B1 2, 3 → mean 2.5 → 40 × 2.5 ÷ 3 = 33.33.
    /// Practical 32 + 20 + 33.33 = 85.33 out of 100; theory 78.5 imported. Total 78.5 × 30% + 85.33 × 70% = 23.55 + 59.731 = 83.28.
    /// </summary>
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_breakdown_shows_each_judges_raw_value_a_recused_judges_missing_mark_the_aggregate_and_the_total(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var e2 = w.Entrants[1];
        await w.MarkAsync(w.Chief, e2, "30", "20", "2", submit: true);
        await w.MarkAsync(w.Li, e2, "34", "20", "3", submit: true);
        await ImportTheoryAsync(app, w, e2, 7850);

        var breakdown = await w.AsOrganizer().SendAsync(new GetEntrantBreakdownQuery(w.Id, e2.Id));

        (breakdown.Bib, breakdown.Name).ShouldBe((2, "李娜"));
        var practical = breakdown.Components.Single(c => c.Kind == ComponentKind.Practical);
        var b1 = practical.Aspects.Single(a => a.Code == "B1");
        b1.Values.Select(v => (v.Source, v.Value, v.AsMark, v.Use)).ShouldBe([
            ("李裁判", (decimal?)3m, (decimal?)40m, ValueUse.Used),
            ("王主任", 2m, 26.67m, ValueUse.Used),
            ("赵裁判", null, null, ValueUse.Recused),
        ]);
        (b1.Aggregate, b1.Mark).ShouldBe((2.5m, 33.33m));
        practical.Aspects.Single(a => a.Code == "A1").Mark.ShouldBe(32m);
        (practical.Mark, practical.Complete).ShouldBe((85.33m, true));
        var theory = breakdown.Components.Single(c => c.Kind == ComponentKind.Theory);
        theory.Aspects.Single().Values.ShouldContain(v => v.Source == "理论考试导入" && v.Value == 78.5m);
        theory.Mark.ShouldBe(78.5m);
        breakdown.Total.ShouldBe(83.28m);
        breakdown.Snapshot.ShouldBeNull();
        await Should.ThrowAsync<ForbiddenException>(() => w.As(w.Li).SendAsync(new GetEntrantBreakdownQuery(w.Id, e2.Id)));
        await Should.ThrowAsync<NotFoundException>(() => w.AsOrganizer().SendAsync(new GetEntrantBreakdownQuery(w.Id, w.OtherEntrant.Id)));
    }

    /// <summary>With four judges a trimmed mean drops one lowest and one highest value; the breakdown says which.</summary>
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Dropped_values_of_a_trimmed_mean_are_marked_as_dropped(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await app.QueryAsync(async db =>
        {
            var panel = await db.JudgePanels.Include(p => p.Criteria).Include(p => p.Members).SingleAsync(p => p.Id == w.Panel.Id);
            panel.Assign([w.Chief.Id, w.Li.Id, w.Zhao.Id, w.Outsider.Id], panel.Criteria.Select(c => c.CriterionId).ToList());
            return await db.SaveChangesAsync();
        });
        var e1 = w.Entrants[0];
        await w.MarkAsync(w.Chief, e1, "30", "20", "1", submit: true);
        await w.MarkAsync(w.Li, e1, "30", "20", "2", submit: true);
        await w.MarkAsync(w.Zhao, e1, "30", "20", "2", submit: true);
        await w.MarkAsync(w.Outsider, e1, "30", "20", "3", submit: true);

        var b1 = (await w.AsOrganizer().SendAsync(new GetEntrantBreakdownQuery(w.Id, e1.Id)))
            .Components.SelectMany(c => c.Aspects).Single(a => a.Code == "B1");

        b1.Values.Select(v => (v.Source, v.Use)).ShouldBe([
            ("李裁判", ValueUse.Used), ("王主任", ValueUse.Dropped), ("赵裁判", ValueUse.Used), ("钱裁判", ValueUse.Dropped)]);
        (b1.Aggregate, b1.Mark).ShouldBe((2m, 26.67m));
    }

    private static async Task ImportTheoryAsync(TestApp app, ScoringWorld w, Entrant entrant, int hundredths) => await app.QueryAsync(async db =>
    {
        var theory = await db.MarkingComponents.Include(c => c.Criteria).ThenInclude(k => k.Aspects)
            .SingleAsync(c => c.CompetitionId == w.Id && c.Kind == ComponentKind.Theory);
        var aspect = theory.Criteria.Single().Aspects.Single();
        var sheet = new ScoreSheet(w.Id, entrant.Id, SheetSource.ExamImport, null, null, theory.Id);
        sheet.Record([new SheetEntryInput(aspect.Id, aspect.Rule, new Mark(hundredths))], "organizer", DateTime.UtcNow);
        sheet.Submit([aspect.Id], "organizer", DateTime.UtcNow);
        db.Add(sheet);
        return await db.SaveChangesAsync();
    });
}
