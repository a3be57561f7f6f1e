using System.Collections.Concurrent;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Application.Tests.Scoring;
using SkillsLadder.Domain.Common;

namespace SkillsLadder.Application.Tests.Ranking;

/// <summary>
/// A saved mark reaches the standings through <see cref="StandingsChangeHook"/>: one demand in the command's transaction,
/// stamped by the app's clock; after the commit the live board moved and the ranking job asked, once per unit of work,
/// without ever failing the command.
/// </summary>
public sealed class StandingsChangeHookTests
{
    // Not the machine's time: a rehearsal clock days ahead would be ignored by DateTime.UtcNow.
    private static readonly DateTimeOffset Rehearsal = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);
    private readonly RecordingScheduler _scheduler = new();

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_saved_mark_leaves_one_demand_at_the_apps_clock_moves_the_live_board_and_then_asks_for_a_ranking(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var w = await WorldAsync(app);

        await w.As(w.Li).SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")));

        var demands = await app.QueryAsync(db => db.StandingsDemands.Select(d => new { d.CompetitionId, d.RequestedAt }).ToListAsync());
        demands.Select(d => (d.CompetitionId, d.RequestedAt)).ShouldBe([(w.Id, Rehearsal.UtcDateTime)]);
        (await app.QueryAsync(db => db.LiveStandings.CountAsync(r => r.CompetitionId == w.Id))).ShouldBe(3);
        _scheduler.Asked.ShouldBe([w.Id]);
        _scheduler.DemandsSeenWhenAsked.ShouldBe([1]); // committed before the ask: a job starting at once finds it
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task Marks_saved_by_a_command_inside_another_are_demanded_and_asked_for_once_after_the_outer_commit(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var w = await WorldAsync(app);

        await w.As(w.Li).SendAsync(new SaveBothCommand(w.Save(w.Entrants[0], 0, ("A1", "30")), w.Save(w.Entrants[1], 0, ("A1", "20"))));

        (await app.QueryAsync(db => db.StandingsDemands.CountAsync(d => d.CompetitionId == w.Id))).ShouldBe(1);
        _scheduler.Asked.ShouldBe([w.Id]);
        _scheduler.DemandsSeenWhenAsked.ShouldBe([1]);
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_command_that_fails_after_saving_marks_demands_nothing_asks_nothing_and_leaves_the_live_board_alone(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var w = await WorldAsync(app);

        await Should.ThrowAsync<DomainException>(() => w.As(w.Li).SendAsync(new SaveBothCommand(w.Save(w.Entrants[0], 0, ("A1", "30")), null)));

        (await app.CountAsync<Domain.Ranking.StandingsDemand>()).ShouldBe(0);
        (await app.CountAsync<Domain.Ranking.LiveStanding>()).ShouldBe(0);
        _scheduler.Asked.ShouldBeEmpty();
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_job_engine_that_fails_to_schedule_fails_no_save_and_the_sweep_still_finds_the_demand(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var w = await WorldAsync(app);
        _scheduler.Fail = true;

        var saved = await w.As(w.Li).SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30")));

        saved.Changed.ShouldBe(1);
        (await app.RunAs(AppRoles.Admin).SendAsync(new PendingStandingsQuery())).ShouldBe([w.Id]);
    }

    private Task<TestApp> StartAsync(DatabaseProvider provider) => TestApp.StartAsync(provider, services =>
    {
        services.Replace(ServiceDescriptor.Singleton<IStandingsScheduler>(_scheduler));
        services.AddScoped<IRequestHandler<SaveBothCommand, Unit>, SaveBothHandler>();
    });

    private async Task<ScoringWorld> WorldAsync(TestApp app)
    {
        var world = await ScoringWorld.CreateAsync(app); // straight into the database: no demand, no ask
        _scheduler.Database = app.Database;
        app.Clock.Now = Rehearsal;
        return world;
    }

    /// <summary>Two saves of marks sent from inside one command (no second: a rule broken after the first).</summary>
    public sealed record SaveBothCommand(SaveMarksCommand First, SaveMarksCommand? Second) : ICommand<Unit>;

    public sealed class SaveBothHandler(IMediator mediator) : IRequestHandler<SaveBothCommand, Unit>
    {
        public async Task<Unit> Handle(SaveBothCommand request, CancellationToken cancellationToken)
        {
            await mediator.Send(request.First, cancellationToken);
            if (request.Second is null) throw new DomainException("test.late_failure", "A rule broken after the marks were saved.");
            await mediator.Send(request.Second, cancellationToken);
            return Unit.Value;
        }
    }

    private sealed class RecordingScheduler : IStandingsScheduler
    {
        public ConcurrentQueue<int> Asked { get; } = new();
        public ConcurrentQueue<int> DemandsSeenWhenAsked { get; } = new();
        public TestDatabase? Database { get; set; }
        public bool Fail { get; set; }

        public async Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct)
        {
            if (Fail) throw new InvalidOperationException("The job store is down.");
            foreach (var id in competitionIds) Asked.Enqueue(id);
            if (Database is null) return;
            await using var db = Database.CreateContext();
            DemandsSeenWhenAsked.Enqueue(await db.StandingsDemands.CountAsync(ct));
        }

        public Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) => Task.CompletedTask;
        public Task RequestCampaignsSoonAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) => Task.CompletedTask;
        public Task RequestCampaignsNowAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) => Task.CompletedTask;
    }
}
