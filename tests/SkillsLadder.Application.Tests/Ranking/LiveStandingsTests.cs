using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Application.Tests.Scoring;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Ranking;

/// <summary>The live board follows each sheet through the live rows, and always says what a whole ranking run would.</summary>
public sealed class LiveStandingsTests
{
    private static async Task SubmitAsync(ScoringWorld w, CompetitionJudge judge, Entrant entrant, string a1, string a2, string b1)
    {
        await w.As(judge).SendAsync(w.Save(entrant, 0, ("A1", a1), ("A2", a2), ("B1", b1)));
        await w.App.SendAsync(new SubmitSheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = entrant.Id });
    }

    /// <summary>The board's lines beside the lines of a whole live snapshot computed now from the same marks.</summary>
    private static async Task<(List<string> Board, List<string> Full, int Revision)> CompareAsync(ScoringWorld w)
    {
        var app = w.App.RunAs(null);
        var board = (await app.SendAsync(new GetPublicStandingsQuery(w.Id)))!;
        app.RunAs(AppRoles.Admin);
        var result = await app.SendAsync(new RecomputeStandingsCommand(w.Id));
        var bibs = w.Entrants.ToDictionary(e => e.Id, e => e.Bib);
        var full = await app.QueryAsync(db => db.StandingsRows.Where(r => r.SnapshotId == result.SnapshotId).OrderBy(r => r.Position)
            .Select(r => new { r.Position, r.Rank, r.Tied, r.EntrantId, r.TotalHundredths }).ToListAsync());
        return (board.Rows.Select(r => $"{r.Position}|{r.Rank}|{r.Tied}|{r.Bib}|{r.Total:0.00}").ToList(),
            full.Select(r => $"{r.Position}|{r.Rank}|{r.Tied}|{bibs[r.EntrantId]}|{r.TotalHundredths / 100m:0.00}").ToList(), board.Snapshot!.Number);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Each_submitted_sheet_moves_the_live_board_which_always_agrees_with_a_whole_ranking(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var (e1, e2, e3) = (w.Entrants[0], w.Entrants[1], w.Entrants[2]);
        var revisions = new List<int>();

        // Sheet by sheet: the first builds the board, every later one changes only its entrant's row.
        (string A1, string A2, string B1)[] marks = [("30", "20", "2"), ("35.5", "0", "3"), ("30", "20", "2"), ("40", "20", "1"), ("12", "0", "0")];
        var sheets = new (CompetitionJudge Judge, Entrant Entrant)[] { (w.Li, e1), (w.Li, e2), (w.Chief, e3), (w.Chief, e1), (w.Zhao, e3) };
        for (var i = 0; i < sheets.Length; i++)
        {
            await SubmitAsync(w, sheets[i].Judge, sheets[i].Entrant, marks[i].A1, marks[i].A2, marks[i].B1);
            var (board, full, revision) = await CompareAsync(w);
            board.ShouldBe(full, $"after sheet {i + 1}");
            revisions.Add(revision);
        }
        revisions.ShouldBe(revisions.Order().Distinct().ToList()); // each change a new revision
        (await app.RunAs(null).SendAsync(new GetPublicStandingsQuery(w.Id, revisions[^1]))).ShouldBeNull(); // no change: nothing to send

        // Only the changed entrant's row moved; a withdrawal takes the entrant off the board.
        var before = await app.QueryAsync(db => db.LiveStandings.Where(r => r.CompetitionId == w.Id).ToDictionaryAsync(r => r.EntrantId, r => r.Revision));
        app.RunAs(AppRoles.Admin);
        await app.SendAsync(new WithdrawEntrantCommand(w.Id, e3.Id, "伤病"));
        var after = await app.QueryAsync(db => db.LiveStandings.Where(r => r.CompetitionId == w.Id).ToDictionaryAsync(r => r.EntrantId, r => r.Revision));
        after.OrderBy(r => r.Key).ShouldBe([new(e1.Id, before[e1.Id]), new(e2.Id, before[e2.Id])]);
        var (afterBoard, afterFull, _) = await CompareAsync(w);
        afterBoard.ShouldBe(afterFull);
        afterBoard.Count.ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_jury_board_follows_each_sheet_with_the_jury_columns_before_any_snapshot_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await SubmitAsync(w, w.Li, w.Entrants[0], "30", "20", "2");
        await SubmitAsync(w, w.Li, w.Entrants[1], "35.5", "0", "3");

        var jury = (await w.As(w.Chief).SendAsync(new GetJuryBoardQuery(w.Id)))!;
        var board = (await app.RunAs(null).SendAsync(new GetPublicStandingsQuery(w.Id)))!;
        jury.Rows.Select(r => $"{r.Position}|{r.Rank}|{r.Bib}|{r.Total:0.00}").ShouldBe(board.Rows.Select(r => $"{r.Position}|{r.Rank}|{r.Bib}|{r.Total:0.00}"));
        (jury.Snapshot!.Number, jury.Snapshot.Basis, jury.Snapshot.EntrantCount).ShouldBe((board.Snapshot!.Number, SnapshotBasis.Live, 3));
        jury.Rows.ShouldAllBe(r => r.Practical != null && r.Theory != null); // the jury's columns, which the public never gets
        (await app.QueryAsync(db => db.StandingsSnapshots.CountAsync())).ShouldBe(0); // no ranking run was needed

        (await w.As(w.Chief).SendAsync(new GetJuryBoardQuery(w.Id, jury.Snapshot.Number))).ShouldBeNull(); // nothing new
        await SubmitAsync(w, w.Chief, w.Entrants[2], "40", "20", "1");
        var moved = (await w.As(w.Chief).SendAsync(new GetJuryBoardQuery(w.Id, jury.Snapshot.Number)))!;
        moved.Snapshot!.Number.ShouldBeGreaterThan(jury.Snapshot.Number);
        jury.Rows.Single(r => r.Bib == w.Entrants[2].Bib).Total.ShouldBe(0m); // unmarked until now
        moved.Rows.Single(r => r.Bib == w.Entrants[2].Bib).Total.ShouldBeGreaterThan(0m);
        var publicNow = (await app.RunAs(null).SendAsync(new GetPublicStandingsQuery(w.Id)))!;
        moved.Rows.Select(r => $"{r.Position}|{r.Rank}|{r.Bib}|{r.Total:0.00}").ShouldBe(publicNow.Rows.Select(r => $"{r.Position}|{r.Rank}|{r.Bib}|{r.Total:0.00}"));

        await Should.ThrowAsync<Common.ForbiddenException>(() => app.RunAs(AppRoles.Worker).SendAsync(new GetJuryBoardQuery(w.Id)));
    }
}
