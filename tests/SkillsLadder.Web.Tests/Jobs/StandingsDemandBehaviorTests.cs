using System.Collections.Concurrent;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>The pipeline step that asks for a ranking: only after a commit, never for a rolled-back change.</summary>
public sealed class StandingsDemandBehaviorTests
{
    [Theory, SqliteData, PostgreSqlData]
    public async Task A_committed_change_asks_for_a_ranking_and_a_rolled_back_one_does_not(DatabaseProvider provider)
    {
        var scheduler = new RecordingScheduler();
        await using var app = await TestApp.StartAsync(provider, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IStandingsScheduler>(scheduler));
            services.AddScoped<IRequestHandler<TouchCompetitionCommand, Unit>, TouchCompetitionHandler>();
            services.AddScoped<IRequestHandler<TouchThenFailCommand, Unit>, TouchThenFailHandler>();
        });
        var competitions = await JobsData.CreateCompetitionsAsync(app.Database, 2);
        scheduler.Database = app.Database;

        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new TouchThenFailCommand(competitions[0])));
        scheduler.Soon.ShouldBeEmpty();
        (await JobsData.DemandsAsync(app.Database)).ShouldBe(0);

        await app.SendAsync(new TouchCompetitionCommand(competitions[1]));
        scheduler.Soon.ShouldBe([competitions[1]]);
        // The demand was committed before the ask: a job starting at once finds it.
        scheduler.DemandsSeenWhenAsked.ShouldBe([1]);
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_committed_assessment_change_asks_for_its_campaign_to_be_ranked_and_nothing_else(DatabaseProvider provider)
    {
        var scheduler = new RecordingScheduler();
        await using var app = await TestApp.StartAsync(provider, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IStandingsScheduler>(scheduler));
            services.AddScoped<IRequestHandler<RecordScheduleDaysCommand, Unit>, RecordScheduleDaysHandler>();
        });
        var directory = await app.SeedDirectoryAsync();
        var campaign = await app.QueryAsync(db => CampaignStandingsData.CreateAsync(db, directory.EnterpriseId, directory.OccupationId));

        await app.SendAsync(new RecordScheduleDaysCommand(await CampaignJobsTests.OpenAssessmentAsync(app.Database, campaign), 6));

        scheduler.CampaignsSoon.ShouldBe([campaign.CampaignId]);
        scheduler.Soon.ShouldBeEmpty();
    }

    private sealed class RecordingScheduler : IStandingsScheduler
    {
        public ConcurrentQueue<int> Soon { get; } = new();
        public ConcurrentQueue<int> DemandsSeenWhenAsked { get; } = new();
        public TestDatabase? Database { get; set; }

        public async Task RequestSoonAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct)
        {
            foreach (var id in competitionIds) Soon.Enqueue(id);
            if (Database is not null) DemandsSeenWhenAsked.Enqueue(await JobsData.DemandsAsync(Database));
        }

        public Task RequestNowAsync(IReadOnlyCollection<int> competitionIds, CancellationToken ct) => Task.CompletedTask;

        public ConcurrentQueue<int> CampaignsSoon { get; } = new();

        public Task RequestCampaignsSoonAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct)
        {
            foreach (var id in campaignIds) CampaignsSoon.Enqueue(id);
            return Task.CompletedTask;
        }

        public Task RequestCampaignsNowAsync(IReadOnlyCollection<int> campaignIds, CancellationToken ct) => Task.CompletedTask;
    }
}

/// <summary>A change that fails after touching the competition: its transaction rolls back.</summary>
public sealed record TouchThenFailCommand(int CompetitionId) : ICommand<Unit>;

public sealed class TouchThenFailHandler(SkillsLadderDbContext db) : IRequestHandler<TouchThenFailCommand, Unit>
{
    public async Task<Unit> Handle(TouchThenFailCommand request, CancellationToken cancellationToken)
    {
        var competition = await db.Competitions.SingleAsync(c => c.Id == request.CompetitionId, cancellationToken);
        db.Entry(competition).Property(c => c.Name).IsModified = true;
        await db.SaveChangesAsync(cancellationToken); // the demand is written inside the transaction …
        throw new ConflictException("test", "回滚测试"); // … and rolled back with it
    }
}
