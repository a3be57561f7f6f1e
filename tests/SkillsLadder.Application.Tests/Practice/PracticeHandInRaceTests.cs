using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Practice;

/// <summary>A hand-in is one guarded write: of two at once, one is stored and the other refused; a hand-in after the close is refused.</summary>
public sealed class PracticeHandInRaceTests
{
    [Theory, SqliteData, PostgreSqlData]
    public async Task Two_hand_ins_of_one_attempt_at_once_store_one_mark_and_refuse_the_other_with_a_conflict(DatabaseProvider provider)
    {
        var gate = new WriteGate();
        await using var app = await TestApp.StartAsync(provider, services => services.AddSingleton<IInterceptor>(gate));
        var city = await app.CreatePracticeCityAsync();
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W3"]);
        app.Clock.Now = PracticeWorld.Opens.AddMinutes(1);
        var attempt = await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));
        var right = attempt.Questions.Select(q => PracticeWorld.Keys[q.Stem]).ToList();
        var wrong = attempt.Questions.Select(q => q.Kind == QuestionKind.TrueFalse ? "T" : "D").ToList();
        app.Clock.Now = PracticeWorld.Opens.AddMinutes(6);

        // Both read the attempt in progress before either writes: the gate holds each UPDATE until both have reached it.
        gate.Arm(parties: 2);
        var outcomes = await Task.WhenAll(HandInAsync(app, attempt.Id, right), HandInAsync(app, attempt.Id, wrong));

        outcomes.Count(o => o.Mark is not null).ShouldBe(1);
        outcomes.Single(o => o.Mark is null).Refusal.ShouldBe("attempt.submitted");
        var stored = await app.QueryAsync(db => db.PracticeAttempts.AsNoTracking().SingleAsync(a => a.Id == attempt.Id));
        var winner = outcomes.Single(o => o.Mark is not null);
        (stored.Status, stored.Score, stored.MaxScore, stored.TimeUsedSeconds).ShouldBe((AttemptStatus.Submitted, winner.Mark!.Score, 4, 300));
        stored.Answers.ShouldBe(string.Join('|', (winner.Answers == right ? right : wrong).Select(PracticeMarking.NormaliseAnswer)));
        // Once stored, a retry is refused the same way and changes nothing.
        (await HandInAsync(app, attempt.Id, right)).Refusal.ShouldBe("attempt.submitted");
        (await app.QueryAsync(db => db.PracticeAttempts.AsNoTracking().SingleAsync(a => a.Id == attempt.Id))).Score.ShouldBe(stored.Score);
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_hand_in_after_the_round_has_closed_is_refused_with_the_close_named(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreatePracticeCityAsync();
        app.RunAs(AppRoles.Worker, workerId: city.Workers["W4"]);
        app.Clock.Now = PracticeWorld.Closes.AddMinutes(-10); // 20 minutes allowed, cut to the close
        var attempt = await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));
        app.Clock.Now = PracticeWorld.Closes.AddSeconds(PracticeAttempt.GraceSeconds + 1);

        var late = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new HandInPracticeAttemptCommand
            { AttemptId = attempt.Id, Answers = attempt.Questions.Select(_ => "A").ToList() }));

        (late.Code, late.Message).ShouldBe(("attempt.late", "本轮练兵已于 2026-06-30 18:00 结束，交卷未被接受。"));
        (await app.QueryAsync(db => db.PracticeAttempts.AsNoTracking().SingleAsync(a => a.Id == attempt.Id))).Status.ShouldBe(AttemptStatus.InProgress);
    }

    private sealed record Outcome(IReadOnlyList<string?> Answers, PracticeMark? Mark, string? Refusal);

    private static async Task<Outcome> HandInAsync(TestApp app, long attemptId, IReadOnlyList<string?> answers)
    {
        try { return new Outcome(answers, await app.SendAsync(new HandInPracticeAttemptCommand { AttemptId = attemptId, Answers = answers }), null); }
        catch (DomainException ex) { return new Outcome(answers, null, ex.Code); }
    }

    /// <summary>Once armed, holds every UPDATE of an attempt until <c>parties</c> of them are waiting, then lets them all go.</summary>
    private sealed class WriteGate : DbCommandInterceptor
    {
        private TaskCompletionSource? _all;
        private int _parties, _arrived;

        public void Arm(int parties) => (_parties, _arrived, _all) = (parties, 0, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (_all is { } all && command.CommandText.Contains("UPDATE", StringComparison.Ordinal) && command.CommandText.Contains("PracticeAttempts", StringComparison.Ordinal))
            {
                if (Interlocked.Increment(ref _arrived) == _parties) all.TrySetResult();
                await all.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken); // a timeout fails the test: the two never raced
            }
            return result;
        }
    }
}
