using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Scoring;

namespace SkillsLadder.Application.Tests.Scoring;

public sealed class ConcurrencyAndIdempotencyTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Of_two_saves_from_the_same_version_the_second_is_refused_and_the_first_kept(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        var first = await w.MarkAsync(w.Li, w.Entrants[0], "30", "0", "1");

        // The judge and the chief judge (as scribe) both opened version 1.
        await app.SendAsync(w.Save(w.Entrants[0], first.Version, ("A1", "31")));
        w.As(w.Chief);
        var refused = await Should.ThrowAsync<ConflictException>(() =>
            app.SendAsync(w.Save(w.Entrants[0], first.Version, ("A1", "35")) with { JudgeId = w.Li.Id }));

        refused.Message.ShouldContain("已被他人修改");
        var view = await app.SendAsync(new GetSheetQuery(w.Id, w.Panel.Id, w.Entrants[0].Id, w.Li.Id));
        view.Aspects.Single(a => a.Code == "A1").Value.ShouldBe(31m);
        view.Version.ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Two_first_saves_cannot_both_create_the_sheet(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        w.As(w.Li);
        await app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")));
        var before = await w.SnapshotAsync();

        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "20"))));

        (await w.SnapshotAsync()).ShouldBe(before);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_retry_with_the_same_key_is_applied_once_and_the_same_key_with_another_body_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await ScoringWorld.CreateAsync(app);
        w.As(w.Li);
        var request = w.Save(w.Entrants[0], 0, ("A1", "30"), ("B1", "2")) with { IdempotencyKey = "exam-7f3a" };

        var first = await app.SendAsync(request);
        var retry = await app.SendAsync(request);

        retry.ShouldBe(first);
        (await app.QueryAsync(db => db.ScoreChanges.CountAsync(c => c.SheetId == first.SheetId))).ShouldBe(2);
        (await app.QueryAsync(db => db.ProcessedRequests.SingleAsync())).UserName.ShouldBe("li");
        var before = await w.SnapshotAsync();
        var misuse = await Should.ThrowAsync<ConflictException>(() =>
            app.SendAsync(request with { Entries = [new MarkInput { AspectCode = "A1", Value = "31" }] }));
        misuse.Code.ShouldBe("idempotency.key_reused");
        (await w.SnapshotAsync()).ShouldBe(before);

        // Keys belong to their user: another official's identical key is a request of its own.
        w.As(w.Chief);
        var chief = await app.SendAsync(w.Save(w.Entrants[0], 0, ("A1", "28")) with { IdempotencyKey = "exam-7f3a" });
        chief.SheetId.ShouldNotBe(first.SheetId);
    }
}
