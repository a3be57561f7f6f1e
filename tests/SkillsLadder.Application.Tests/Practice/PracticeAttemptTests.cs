using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Practice;

/// <summary>Taking a round: one attempt per worker, the open window, the deadline, marking without partial credit.</summary>
public sealed class PracticeAttemptTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Starting_twice_gives_one_attempt_with_the_same_questions_and_deadline(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreatePracticeCityAsync();
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W1"]);
        app.Clock.Now = PracticeWorld.Opens.AddMinutes(5);

        var first = await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));
        app.Clock.Now = PracticeWorld.Opens.AddMinutes(9);
        var again = await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));

        again.Id.ShouldBe(first.Id);
        again.Questions.Select(q => q.Stem).ShouldBe(first.Questions.Select(q => q.Stem));
        (first.DeadlineAt, again.DeadlineAt).ShouldBe((PracticeWorld.Opens.AddMinutes(25), PracticeWorld.Opens.AddMinutes(25)));
        first.Questions.ShouldAllBe(q => q.Correct == null); // no keys before the hand-in
        (await app.CountAsync<PracticeAttempt>()).ShouldBe(1);
        var listed = (await app.SendAsync(new ListPracticeRoundsQuery())).Single();
        (listed.State, listed.MyAttemptId, listed.MyStatus, listed.MyScore).ShouldBe((RoundState.Open, first.Id, AttemptStatus.InProgress, (int?)null));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Outside_the_window_or_without_a_worker_record_nobody_starts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreatePracticeCityAsync();
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W1"]);
        app.Clock.Now = PracticeWorld.Opens.AddMinutes(-1);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new StartPracticeAttemptCommand(city.RoundId))))
            .Message.ShouldBe("本轮练兵尚未开始，开始时间 2026-06-30 16:00。");
        app.Clock.Now = PracticeWorld.Closes;
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new StartPracticeAttemptCommand(city.RoundId)))).Code.ShouldBe("round.not_open");
        app.RunAs(AppRoles.Organizer);
        app.Clock.Now = PracticeWorld.Opens.AddMinutes(1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new StartPracticeAttemptCommand(city.RoundId)));
        (await app.CountAsync<PracticeAttempt>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_late_hand_in_is_refused_and_an_in_time_one_is_marked_without_partial_credit(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreatePracticeCityAsync();
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W2"]);
        app.Clock.Now = PracticeWorld.Opens;
        var attempt = await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));
        var answers = attempt.Questions.Select(q => q.Stem == PracticeWorld.Multiple ? "AB" : PracticeWorld.Keys[q.Stem]).ToList();

        app.Clock.Now = PracticeWorld.Opens.AddMinutes(20).AddSeconds(PracticeAttempt.GraceSeconds + 1);
        var late = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new HandInPracticeAttemptCommand { AttemptId = attempt.Id, Answers = answers }));
        (late.Code, late.Message).ShouldBe(("attempt.late", "答题时间已到，交卷未被接受。"));

        app.Clock.Now = PracticeWorld.Opens.AddMinutes(20).AddSeconds(PracticeAttempt.GraceSeconds);
        var mark = await app.SendAsync(new HandInPracticeAttemptCommand { AttemptId = attempt.Id, Answers = answers });
        mark.ShouldBe(new PracticeMark(2, 4, 2)); // the multiple choice half right scores nothing
        var view = await app.SendAsync(new GetPracticeAttemptQuery(attempt.Id));
        (view.Status, view.Result!.Score, view.Result.TimeUsedSeconds).ShouldBe((AttemptStatus.Submitted, 2, 1230));
        // While the round runs the key stays hidden (others are answering the same bank); after its close it is shown.
        (view.KeysShown, view.Result.CorrectCount).ShouldBe((false, 2));
        view.Questions.Single(q => q.Stem == PracticeWorld.Multiple).ShouldSatisfyAllConditions(q => q.Given.ShouldBe("AB"), q => q.Correct.ShouldBeNull());
        app.Clock.Now = PracticeWorld.Closes;
        view = await app.SendAsync(new GetPracticeAttemptQuery(attempt.Id));
        (view.KeysShown, view.Result!.CorrectCount).ShouldBe((true, 2));
        view.Questions.Single(q => q.Stem == PracticeWorld.Multiple).ShouldSatisfyAllConditions(q => q.Given.ShouldBe("AB"), q => q.Correct.ShouldBe("ABC"));
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W1"]);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetPracticeAttemptQuery(attempt.Id)));
    }
}
