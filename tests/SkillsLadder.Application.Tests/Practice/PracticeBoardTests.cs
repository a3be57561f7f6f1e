using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Training;
using static SkillsLadder.Application.Tests.Practice.PracticeWorld;

namespace SkillsLadder.Application.Tests.Practice;

/// <summary>
/// The boards, hand-worked. People (score @ seconds): W1 4@60, W2 4@60, W5 4@120, W3 3@30, W4 2@40, W6 1@50 →
/// places 1, 1, 3, 4, 5, 6. Enterprises: A (W1 W2 W3) 11/3 = 3.666… → 367; B (W5 W6) 5/2 → 250; C (W4) → 200.
/// Industries: one (A) 367; two (B and C) 7/3 = 2.333… → 233, not the mean of 250 and 200 (rounded once, from the people).
/// </summary>
public sealed class PracticeBoardTests
{
    private static async Task<PracticeCity> TakenAsync(TestApp app)
    {
        var city = await app.CreatePracticeCityAsync();
        await app.TakeAsync(city, "W1", Opens.AddMinutes(1), 60, SingleStem, Multiple, TrueFalse);
        await app.TakeAsync(city, "W2", Opens.AddMinutes(2), 60, SingleStem, Multiple, TrueFalse);
        await app.TakeAsync(city, "W5", Opens.AddMinutes(3), 120, SingleStem, Multiple, TrueFalse);
        await app.TakeAsync(city, "W3", Opens.AddMinutes(4), 30, Multiple, TrueFalse);
        await app.TakeAsync(city, "W4", Opens.AddMinutes(5), 40, Multiple);
        await app.TakeAsync(city, "W6", Opens.AddMinutes(6), 50, SingleStem);
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W4"]); // starts, never hands in: not on the board
        app.Clock.Now = Opens.AddMinutes(7);
        await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));
        return city;
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task People_share_a_place_on_equal_score_and_time_and_groups_average_rounded_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await TakenAsync(app);
        app.Clock.Now = Closes.AddSeconds(10);
        (await app.SendAsync(new RankPracticeRoundCommand(city.RoundId))).Written.ShouldBeFalse(); // hand-ins may still arrive
        app.Clock.Now = Closes.AddMinutes(1);

        var result = await app.SendAsync(new RankPracticeRoundCommand(city.RoundId));

        (result.Written, result.Number, result.Participants, result.Rows).ShouldBe((true, 1, 6, 6 + 3 + 2));
        var w = city.Workers;
        (await Rows(app, result.BoardId!.Value, BoardScope.Person)).ShouldBe([
            (w["W1"], 1, 400, 1, 60), (w["W2"], 1, 400, 1, 60), (w["W5"], 3, 400, 1, 120), (w["W3"], 4, 300, 1, 30), (w["W4"], 5, 200, 1, 40), (w["W6"], 6, 100, 1, 50)]);
        (await Rows(app, result.BoardId.Value, BoardScope.Enterprise)).ShouldBe([(city.A, 1, 367, 3, 0), (city.B, 2, 250, 2, 0), (city.C, 3, 200, 1, 0)]);
        (await Rows(app, result.BoardId.Value, BoardScope.Industry)).ShouldBe([(city.IndustryOne, 1, 367, 3, 0), (city.IndustryTwo, 2, 233, 3, 0)]);
        (await app.FindAsync<PracticeRound>(city.RoundId))!.BoardPublishedAt.ShouldBe(Closes.AddMinutes(1));

        // The worker's own view: place 5 of 6, enterprise C third of three, industry two second of two.
        app.RunAs(AppRoles.Worker, workerId: w["W4"]);
        var board = await app.SendAsync(new GetPracticeBoardQuery(city.RoundId, BoardScope.Enterprise));
        (board.BoardNumber, board.Mine!.Rank, board.Mine.Name).ShouldBe((1, 3, "杭州市政工程有限公司"));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_rerun_writes_a_new_board_with_the_same_rows(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await TakenAsync(app);
        app.Clock.Now = Closes.AddMinutes(1);
        var first = await app.SendAsync(new RankPracticeRoundCommand(city.RoundId));
        app.Clock.Now = Closes.AddMinutes(2);
        (await app.SendAsync(new RankPracticeRoundCommand(city.RoundId))).Written.ShouldBeFalse(); // the job or the sweep again: nothing new
        var second = await app.SendAsync(new RankPracticeRoundCommand(city.RoundId, Again: true));

        (first.Number, second.Number).ShouldBe((1, 2));
        foreach (var scope in Enum.GetValues<BoardScope>())
            (await Rows(app, second.BoardId!.Value, scope)).ShouldBe(await Rows(app, first.BoardId!.Value, scope));
        (await app.SendAsync(new PendingPracticeBoardsQuery())).ShouldBeEmpty();
    }

    [Fact]
    public void Averages_round_half_away_from_zero_and_equal_groups_share_a_place()
    {
        (PracticeBoardCalculator.AverageHundredths(1, 8), PracticeBoardCalculator.AverageHundredths(1, 3), PracticeBoardCalculator.AverageHundredths(2, 3))
            .ShouldBe((13, 33, 67));
        var lines = PracticeBoardCalculator.Rank([new(1, 10, 100, 3, 5), new(2, 11, 100, 3, 9), new(3, 12, 100, 1, 1)]);
        lines.Where(l => l.Scope == BoardScope.Enterprise).Select(l => (l.SubjectId, l.Rank)).ShouldBe([(10, 1), (11, 1), (12, 3)]);
        lines.Where(l => l.Scope == BoardScope.Person).Select(l => (l.SubjectId, l.Rank)).ShouldBe([(1, 1), (2, 2), (3, 3)]);
    }

    private static async Task<List<(int, int, int, int, int)>> Rows(TestApp app, int boardId, BoardScope scope) =>
        (await app.QueryAsync(db => db.PracticeBoardRows.Where(r => r.BoardId == boardId && r.Scope == scope).OrderBy(r => r.Rank).ThenBy(r => r.SubjectId)
            .ToListAsync())).Select(r => (r.SubjectId, r.Rank, r.ScoreHundredths, r.Participants, r.TimeUsedSeconds)).ToList();
}
