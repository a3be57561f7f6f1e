using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Scoring;

public sealed class SaveMarksTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_first_save_creates_the_sheet_at_version_1_with_every_mark_in_its_history(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);

        var saved = await w.MarkAsync(w.Li, w.Entrants[0], "37.5", "20", "2");

        saved.Version.ShouldBe(1);
        saved.Changed.ShouldBe(3);
        var view = await app.SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, w.Entrants[0].Id));
        view.Aspects.Select(a => (a.Code, a.Value)).ShouldBe([("A1", 37.5m), ("A2", 20m), ("B1", 2m)]);
        view.Aspects.Single(a => a.Code == "B1").Mark.ShouldBe(26.67m); // 40 × 2 ÷ 3 = 26.666… → 26.67
        view.Total.ShouldBe(84.17m);
        view.Maximum.ShouldBe(100m);
        view.Status.ShouldBe(SheetStatus.Draft);
        view.OtherValues().ShouldBeNull("a plain judge sees only their own values");
        var changes = await app.QueryAsync(db => db.ScoreChanges.Where(c => c.SheetId == saved.SheetId).ToListAsync());
        changes.ShouldAllBe(c => c.Action == SheetAction.Marked && c.By == "li" && c.OldHundredths == null);
        changes.Select(c => c.NewHundredths).Order().ShouldBe([200, 2000, 3750]);

        var again = await app.SendAsync(w.Save(w.Entrants[0], saved.Version, ("A1", "38"), ("B1", "")));
        again.Version.ShouldBe(2);
        again.Changed.ShouldBe(2);
        var history = await app.SendAsync(new GetSheetHistoryQuery(w.Id, saved.SheetId));
        history.Items.Where(i => i.AspectCode == "A1").Select(i => (i.Old, i.New)).ShouldBe([(null, 37.5m), (37.5m, 38m)]);
        history.Items.Last(i => i.AspectCode == "B1").New.ShouldBeNull();
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_entries_are_refused_naming_the_aspect_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var first = await w.MarkAsync(w.Li, w.Entrants[0], "30", "0", "1");
        var before = await w.SnapshotAsync();

        (string Code, string Value, string Field, string Message)[] cases =
        [
            ("A1", "40.5", "Entries[A1]", "评分项 A1：测量分应在 0 与满分 40.00 之间。"),
            ("A1", "-1", "Entries[A1]", "评分项 A1：分数不能为负。"),
            ("A1", "abc", "Entries[A1]", "评分项 A1：“abc”不是有效的数字。"),
            ("A1", "12.345", "Entries[A1]", "评分项 A1：分数最多保留两位小数。"),
            ("A1", "12.3", "Entries[A1]", "评分项 A1：测量分应为 0.50 的整数倍。"),
            ("A2", "10", "Entries[A2]", "评分项 A2：测量分应为 20.00 的整数倍。"),
            ("B1", "4", "Entries[B1]", "评分项 B1：评判分应为 0、1、2 或 3 的整数。"),
            ("B1", "1.5", "Entries[B1]", "评分项 B1：评判分应为 0、1、2 或 3 的整数。"),
            ("T1", "80", "Entries[T1]", "评分项 T1 不属于评分组“实操组”负责的评分标准。"),
        ];
        foreach (var (code, value, field, message) in cases)
        {
            // A good value next to the bad one must not be applied either.
            var refused = await Should.ThrowAsync<RequestValidationException>(() =>
                app.SendAsync(w.Save(w.Entrants[0], first.Version, code == "A2" ? ("A1", "35") : ("A2", "20"), (code, value))));
            refused.Errors[field].ShouldBe([message], $"{code} = {value}");
        }
        var duplicate = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(w.Save(w.Entrants[0], first.Version, ("A1", "10"), ("a1", "11"))));
        duplicate.Errors["Entries"].ShouldBe(["评分项 A1 在一次提交中出现了多次。"]);

        (await w.SnapshotAsync()).ShouldBe(before);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Unassigned_conflicted_and_wrong_competition_submissions_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await w.MarkAsync(w.Li, w.Entrants[0], "30", "0", "1");
        var before = await w.SnapshotAsync();

        w.As(w.Outsider);
        (await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")))))
            .Message.ShouldBe("钱裁判 不在评分组“实操组”中，不能为该组评分。");
        w.As(w.Zhao);
        (await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(w.Save(w.Entrants[1], 0, ("A1", "30")))))
            .Message.ShouldBe("赵裁判 与 2 号参赛者存在利益冲突，须回避，不能查看或评分。");
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, w.Entrants[1].Id)));
        w.As(w.Li);
        (await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(w.Save(w.Entrants[0], 1, ("A1", "30")) with { JudgeId = w.Chief.Id })))
            .Message.ShouldBe("您只能查看和填写本人的评分表。");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(w.Save(w.OtherEntrant, 0, ("A1", "30")))))
            .Errors["EntrantId"].ShouldBe([$"参赛者 {w.OtherEntrant.Id} 不属于本竞赛。"]);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")) with { PanelId = w.OtherPanel.Id })))
            .Errors["PanelId"].ShouldBe([$"评分组 {w.OtherPanel.Id} 不属于本竞赛。"]);
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")) with { EntrantId = 999999 }));
        w.AsOrganizer();
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")))))
            .Errors["JudgeId"].ShouldBe(["请指定为哪位裁判录入（judgeId）。"]);

        (await w.SnapshotAsync()).ShouldBe(before);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Marks_on_a_submitted_verified_or_locked_sheet_or_outside_marking_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await w.MarkAsync(w.Li, w.Entrants[0], "30", "0", "1", submit: true);
        var submitted = await app.SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, w.Entrants[0].Id));

        var before = await w.SnapshotAsync();
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(w.Entrants[0], submitted.Version, ("A1", "31")))))
            .Message.ShouldBe("评分表已提交；如需修改，请先退回草稿。");
        w.As(w.Chief);
        await app.SendAsync(new VerifySheetCommand { CompetitionId = w.Id, PanelId = w.Panel.Id, EntrantId = w.Entrants[0].Id, JudgeId = w.Li.Id });
        before = await w.SnapshotAsync();
        w.As(w.Li);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(w.Entrants[0], submitted.Version + 1, ("A1", "31")))))
            .Message.ShouldBe("评分表已复核或锁定；修改须由裁判长写明理由解锁。");
        (await w.SnapshotAsync()).ShouldBe(before);

        await ScoringWorld.MoveAsync(app, w.Id, CompetitionStatus.Locked);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(w.Entrants[2], 0, ("A1", "31")))))
            .Message.ShouldBe("竞赛评分已锁定，不能再录入或修改分数；如需更正，须先由裁判长解锁竞赛。");
        var early = await app.CreateCompetitionAsync((await app.QueryAsync(db => db.Occupations.FirstAsync())).Id);
        w.AsOrganizer();
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ImportTheoryResultsCommand { CompetitionId = early.Id, FileName = "t.csv", Content = "参赛号,成绩\n1,80"u8.ToArray() })))
            .Code.ShouldBe("marking.not_started");
        (await w.SnapshotAsync()).ShouldBe(before);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_withdrawn_entrant_is_not_marked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        await app.QueryAsync(async db =>
        {
            (await db.Entrants.SingleAsync(e => e.Id == w.Entrants[2].Id)).Withdraw("伤病", "organizer", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var before = await w.SnapshotAsync();

        w.As(w.Li);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(w.Save(w.Entrants[2], 0, ("A1", "30")))))
            .Message.ShouldBe("3 号参赛者已退赛，不能评分。");
        (await w.SnapshotAsync()).ShouldBe(before);
    }
}

internal static class SheetViewExtensions
{
    public static IReadOnlyList<OtherJudgeValue>? OtherValues(this SheetView view) => view.Aspects.First().OtherValues;
}
