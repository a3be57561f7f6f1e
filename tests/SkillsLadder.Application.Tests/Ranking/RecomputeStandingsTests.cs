using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Tests.Competitions;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Ranking;

public sealed class RecomputeStandingsTests
{
    /// <summary>Each judge gives every entrant A1 = 30 + bib, A2 = 20, B1 = 2 (bib 2 gets 3 from judge 0); theory 60 + bib. All submitted.</summary>
    internal static async Task MarkAsync(CompetitionSetup setup, SheetStatus status = SheetStatus.Submitted) => await setup.App.QueryAsync(async db =>
    {
        var id = setup.CompetitionId;
        var aspects = await db.MarkingAspects.Where(a => db.MarkingCriteria.Any(k => k.Id == a.CriterionId &&
            db.MarkingComponents.Any(c => c.Id == k.ComponentId && c.CompetitionId == id))).ToListAsync();
        var theory = await db.MarkingComponents.Include(c => c.Criteria).SingleAsync(c => c.CompetitionId == id && c.Kind == ComponentKind.Theory);
        var t1 = aspects.Single(a => a.Code == "T1");
        foreach (var entrant in await db.Entrants.Where(e => e.CompetitionId == id).ToListAsync())
        {
            var sheets = setup.JudgeIds.Select((judge, j) => (Sheet: new ScoreSheet(id, entrant.Id, SheetSource.Judge, setup.PanelId, judge, null),
                    Values: aspects.Where(a => a.Code != "T1").Select(a => new SheetEntryInput(a.Id, a.Rule, new Mark(a.Code switch
                    {
                        "A1" => (30 + entrant.Bib) * 100, "A2" => 2000, _ => entrant.Bib == 2 && j == 0 ? 300 : 200,
                    }))).ToList()))
                .Append((Sheet: new ScoreSheet(id, entrant.Id, SheetSource.ExamImport, null, null, theory.Id),
                    Values: [new SheetEntryInput(t1.Id, t1.Rule, new Mark((60 + entrant.Bib) * 100))]));
            foreach (var (sheet, values) in sheets)
            {
                sheet.Record(values, "judge", DateTime.UtcNow);
                sheet.Submit(values.Select(v => v.AspectId).ToList(), "judge", DateTime.UtcNow);
                if (status >= SheetStatus.Verified) sheet.Verify("verifier", DateTime.UtcNow);
                if (status >= SheetStatus.Locked) sheet.Lock("organizer", DateTime.UtcNow);
                db.ScoreSheets.Add(sheet);
            }
        }
        await db.SaveChangesAsync();
        return 0;
    });

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_run_writes_a_whole_snapshot_a_second_run_writes_nothing_and_demands_are_settled(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 3);
        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Marking));
        await MarkAsync(setup);
        (await app.SendAsync(new PendingStandingsQuery())).ShouldBe([setup.CompetitionId]);

        var first = await app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId));
        var second = await app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId));

        (first.Written, first.Number, first.Basis, first.Entrants).ShouldBe((true, 1, SnapshotBasis.Live, 3));
        (second.Written, second.SnapshotId).ShouldBe((false, first.SnapshotId));
        (await app.SendAsync(new PendingStandingsQuery())).ShouldBeEmpty();
        var rows = await app.QueryAsync(db => db.StandingsRows.Where(r => r.SnapshotId == first.SnapshotId).OrderBy(r => r.Position).ToListAsync());
        // Bib 2: theory 62 × .3 = 18.6; B1 mean of 2, 2, 3 (three judges: no trimming) = 2.333 → 40 × 2.333 / 3 = 31.11;
        // practical (32 + 20 + 31.11) × .7 = 58.177; total 76.777 → 76.78. Bib 3: 18.9 + (33 + 20 + 26.67) × .7 = 74.669 → 74.67.
        rows.Select(r => (r.EntrantId, r.Rank, r.TotalHundredths)).ShouldBe(
            [(setup.EntrantIds[1], 1, 7678), (setup.EntrantIds[2], 2, 7467), (setup.EntrantIds[0], 3, 7267)]);
        rows[0].Explanation.ShouldContain("B1 31.11（2、2、3）");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_recused_judge_a_withdrawal_and_the_locked_basis_are_respected(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 3);
        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Marking));
        await MarkAsync(setup, SheetStatus.Verified);
        // Judge 0 (who gave bib 2 its 3) turns out to be conflicted: that 3 no longer counts.
        await app.InsertAsync(new ConflictOfInterest(setup.CompetitionId, setup.JudgeIds[0], setup.EntrantIds[1], ConflictKind.Declared, "亲属", "chief", DateTime.UtcNow));
        await app.SendAsync(new Features.Registration.WithdrawEntrantCommand(setup.CompetitionId, setup.EntrantIds[2], "伤病"));

        var live = await app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId));
        var liveRows = await app.QueryAsync(db => db.StandingsRows.Where(r => r.SnapshotId == live.SnapshotId).OrderBy(r => r.Position).ToListAsync());
        liveRows.Select(r => r.EntrantId).ShouldBe([setup.EntrantIds[1], setup.EntrantIds[0]]);
        liveRows[0].Explanation.ShouldContain("B1 26.67（2、2）");

        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Locked));
        var locked = await app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId));
        (locked.Written, locked.Number, locked.Basis).ShouldBe((true, 2, SnapshotBasis.Locked));
    }

    /// <summary>
    /// Rows have no foreign key to their snapshot (the bulk write is the job's largest cost), so all-or-nothing rests on
    /// the command's transaction: a row that fails half-way through the write must take the snapshot and every row
    /// before it with it, and leave the demand for the next run.
    /// </summary>
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_write_that_fails_half_way_leaves_no_snapshot_no_rows_and_the_demand_pending(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 3);
        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Marking));
        await MarkAsync(setup);
        // The first snapshot of a fresh database gets id 1; a stray row already holds the third entrant's place in it.
        var third = setup.EntrantIds[2];
        await app.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "StandingsRows" ("SnapshotId", "EntrantId", "Position", "Rank", "Tied", "TotalHundredths", "Prize", "Medal", "Explanation") VALUES (1, {third}, 1, 1, {false}, 100, 'None', 'None', 'stray')"""));

        await Should.ThrowAsync<System.Data.Common.DbException>(() => app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId)));

        (await app.QueryAsync(db => db.StandingsSnapshots.CountAsync())).ShouldBe(0);
        (await app.QueryAsync(db => db.StandingsRows.Select(r => r.Explanation).ToListAsync())).ShouldBe(["stray"]);
        (await app.SendAsync(new PendingStandingsQuery())).ShouldBe([setup.CompetitionId]);

        await app.QueryAsync(db => db.StandingsRows.ExecuteDeleteAsync());
        var retried = await app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId));
        (retried.Written, retried.Entrants).ShouldBe((true, 3));
        (await app.QueryAsync(db => db.StandingsRows.CountAsync(r => r.SnapshotId == retried.SnapshotId))).ShouldBe(3);
    }
}
