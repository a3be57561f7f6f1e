using System.Text;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Scoring;

public sealed class ImportTheoryResultsTests
{
    private static ImportTheoryResultsCommand Csv(ScoringWorld w, string text, bool dryRun) =>
        new() { CompetitionId = w.Id, FileName = "theory.csv", Content = Encoding.UTF8.GetBytes(text), DryRun = dryRun };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_preview_lists_every_bad_row_by_number_and_a_commit_with_errors_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await app.QueryAsync(async db =>
        {
            (await db.Entrants.SingleAsync(e => e.Id == w.Entrants[2].Id)).Withdraw("伤病", "organizer", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        w.AsOrganizer();
        const string file = "参赛号,成绩\n1,87.5\n2,abc\n1,90\n7,60\n3,70\n2,100.5\n2,88.123\nx,1\n";
        var before = await w.SnapshotAsync();

        var preview = await app.SendAsync(Csv(w, file, dryRun: true));

        preview.Committed.ShouldBeFalse();
        preview.Errors.ShouldBe([
            "第 3 行：成绩 “abc”不是有效的数字。",
            "第 4 行：参赛号 1 与第 2 行重复。",
            "第 5 行：本赛没有参赛号 7。",
            "第 6 行：3 号已退赛，不能录入成绩。",
            "第 7 行：参赛号 2 与第 3 行重复。",
            "第 8 行：参赛号 2 与第 3 行重复。",
            "第 9 行：参赛号“x”不是整数。",
        ]);
        preview.Rows.Select(r => (r.Row, r.Bib, r.Score, r.Outcome)).ShouldBe([(2, 1, 87.5m, TheoryRowOutcome.Create)]);
        var refused = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Csv(w, file, dryRun: false)));
        refused.Errors["File"].Length.ShouldBe(7);
        (await w.SnapshotAsync()).ShouldBe(before);

        var range = await app.SendAsync(Csv(w, "Bib,Score\n1,100.5\n2,88.123\n", dryRun: true));
        range.Errors.ShouldBe(["第 2 行：成绩 测量分应在 0 与满分 100.00 之间。", "第 3 行：成绩 分数最多保留两位小数。"]);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Csv(w, "编号,成绩\n1,80\n", dryRun: true))))
            .Errors["File"].ShouldBe(["缺少“参赛号”列（也可写作 Bib）。"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_commit_creates_submitted_exam_sheets_and_a_reimport_updates_all_but_verified_ones(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        w.AsOrganizer("exam-uploader");
        var xlsx = XlsxWriter.Write("成绩", ["参赛号", "成绩"], [[1, 87.5m], [2, 92m]]);

        var committed = await app.SendAsync(new ImportTheoryResultsCommand { CompetitionId = w.Id, FileName = "exam.xlsx", Content = xlsx, DryRun = false });

        (committed.Committed, committed.Created).ShouldBe((true, 2));
        var sheets = await app.QueryAsync(db => db.ScoreSheets.Include(s => s.Entries).Where(s => s.Source == SheetSource.ExamImport).OrderBy(s => s.EntrantId).ToListAsync());
        sheets.Select(s => (s.Status, s.SubmittedBy, s.Entries.Single().Hundredths)).ShouldBe([
            (SheetStatus.Submitted, "exam-uploader", 8750), (SheetStatus.Submitted, "exam-uploader", 9200)]);

        // Another official verifies entrant 1's result; the uploader cannot sign their own import.
        w.AsOrganizer("second-organizer");
        await app.QueryAsync(async db =>
        {
            (await db.ScoreSheets.SingleAsync(s => s.Id == sheets[0].Id)).Verify("second-organizer", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var again = await app.SendAsync(new ImportTheoryResultsCommand { CompetitionId = w.Id, FileName = "exam.csv", Content = "参赛号,成绩\n1,88\n2,93\n"u8.ToArray(), DryRun = true });
        again.Errors.ShouldBe(["第 2 行：1 号的理论成绩已复核或锁定，如需更正须由裁判长先解锁。"]);
        var update = await app.SendAsync(new ImportTheoryResultsCommand { CompetitionId = w.Id, FileName = "exam.csv", Content = "参赛号,成绩\n2,93\n"u8.ToArray(), DryRun = false });
        update.Rows.Single().ShouldSatisfyAllConditions(r => r.Previous.ShouldBe(92m), r => r.Outcome.ShouldBe(TheoryRowOutcome.Update));
        var second = await app.QueryAsync(db => db.ScoreSheets.Include(s => s.Changes).SingleAsync(s => s.Id == sheets[1].Id));
        (second.Status, second.Changes.Count(c => c.Action == SheetAction.Reopened)).ShouldBe((SheetStatus.Submitted, 1));
        second.Changes.Last(c => c.Action == SheetAction.Marked).ShouldSatisfyAllConditions(c => c.OldHundredths.ShouldBe(9200), c => c.NewHundredths.ShouldBe(9300));

        w.As(w.Chief);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ImportTheoryResultsCommand { CompetitionId = w.Id, FileName = "exam.csv", Content = "参赛号,成绩\n2,93\n"u8.ToArray() }));
    }
}
