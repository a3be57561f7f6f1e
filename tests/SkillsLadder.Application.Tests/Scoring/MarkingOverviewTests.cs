using SkillsLadder.Application.Features.Scoring;

namespace SkillsLadder.Application.Tests.Scoring;

public sealed class MarkingOverviewTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_judge_sees_the_entrants_to_mark_and_the_chief_the_whole_matrix(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await w.MarkAsync(w.Li, w.Entrants[0], "30", "20", "2", submit: true);
        await w.MarkAsync(w.Zhao, w.Entrants[0], "30", "20", "2");

        var zhao = await w.As(w.Zhao).SendAsync(new GetMarkingOverviewQuery(w.Id));
        zhao.SeesAll.ShouldBeFalse();
        var panel = zhao.Panels.ShouldHaveSingleItem();
        panel.Judges.Select(j => j.FullName).ShouldBe(["赵裁判"]);
        panel.Entrants.Select(e => e.Bib).ShouldBe([1, 3], "entrant 2 is never shown to a recused judge");
        panel.Entrants.Select(e => e.Sheets.Single().State).ShouldBe([SheetCellState.Draft, SheetCellState.Missing]);
        (await w.As(w.Outsider).SendAsync(new GetMarkingOverviewQuery(w.Id))).Panels.Select(p => p.Name).ShouldBe(["理论组"]);

        var chief = await w.As(w.Chief).SendAsync(new GetMarkingOverviewQuery(w.Id, w.Panel.Id));
        chief.SeesAll.ShouldBeTrue();
        var matrix = chief.Panels.ShouldHaveSingleItem();
        matrix.Judges.Select(j => j.FullName).ShouldBe(["李裁判", "王主任", "赵裁判"]);
        matrix.Entrants.Single(e => e.Bib == 2).Sheets.Single(s => s.JudgeId == w.Zhao.Id).State.ShouldBe(SheetCellState.Recused);
        matrix.Counts.ShouldBe(new SheetCounts(Missing: 6, Draft: 1, Submitted: 1, Verified: 0, Locked: 0));
    }
}
