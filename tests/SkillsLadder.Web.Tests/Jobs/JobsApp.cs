using System.Collections.Concurrent;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Application.Features.Ranking;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// One real app instance (Program, its Hangfire server and hosted services) on a database it may share with others:
/// two of these on one PostgreSQL database are two nodes sharing one job queue. The ranking command is answered by a probe that
/// records each execution, and can be told to work slowly, fail or hang; a test command makes standings demands.
/// </summary>
/// <param name="realRanking">Keep the real ranking handler instead of the probe (a test that wants real snapshots).</param>
public sealed class JobsApp(TestDatabase database, string node, IReadOnlyDictionary<string, string?>? settings = null, bool realRanking = false)
    : WebApplicationFactory<Program>
{
    public RankingProbe Probe { get; } = new(node);
    public TestDatabase Database => database;

    /// <summary>Settings fast enough for tests: sub-second polling, a short coalescing window, retries after 1 s and 2 s.</summary>
    public static Dictionary<string, string?> Fast(params (string Key, string? Value)[] overrides)
    {
        var all = new Dictionary<string, string?>
        {
            ["Jobs:QueuePollInterval"] = "00:00:00.200", ["Jobs:SchedulePollInterval"] = "00:00:00.200",
            ["Jobs:RankingDelay"] = "00:00:00.300",
            ["Jobs:LiveSnapshotInterval"] = "00:00:00", // runs spaced only where a test asks for it
            // No periodic sweep, which would fire at wall-clock times and race the test; sweep tests set their own period.
            ["Jobs:SweepInterval"] = "00:00:00",
            ["Jobs:RetryDelays:0"] = "00:00:01", ["Jobs:RetryDelays:1"] = "00:00:02",
        };
        foreach (var (key, value) in overrides) all[key] = value;
        return all;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:SkillsLadder", database.ConnectionString);
        builder.UseSetting("DemoCity:SeedWhenEmpty", "false");
        builder.UseSetting("RateLimiting:SignInsPerMinute", "10000");
        builder.UseSetting("Jobs:Enabled", "true");
        builder.UseSetting("Jobs:InstanceId", node);
        // A stopped node waits for its jobs only briefly: a test may stop one mid-job.
        builder.UseSetting("Jobs:ShutdownTimeout", "00:00:01");
        // No sweep at start: it would race what the test does next. Tests of the sweep give it a short period instead.
        builder.UseSetting("Jobs:SweepOnStart", "false");
        foreach (var (key, value) in settings ?? Fast()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Probe);
            if (!realRanking)
            {
                services.AddScoped<IRequestHandler<RecomputeStandingsCommand, RecomputeResult>, ProbeRecomputeHandler>();
                services.AddScoped<IRequestHandler<PendingStandingsQuery, IReadOnlyList<int>>, ProbePendingHandler>();
            }
            services.AddScoped<IRequestHandler<TouchCompetitionCommand, Unit>, TouchCompetitionHandler>();
            services.AddScoped<IRequestHandler<RecordScheduleDaysCommand, Unit>, RecordScheduleDaysHandler>();
        });
    }

    /// <summary>Builds and starts the host (and with it the scheduler).</summary>
    public JobsApp Start()
    {
        _ = Services;
        return this;
    }

    /// <summary>Starts, and waits until this node's Hangfire server has registered with the storage (a state, not a clock).</summary>
    public async Task<JobsApp> StartQuietAsync()
    {
        Start();
        var storage = Services.GetRequiredService<Hangfire.JobStorage>();
        await JobsData.WaitUntilAsync(() => storage.GetMonitoringApi().Servers().Any(s => s.Name.StartsWith(node + ":", StringComparison.Ordinal)),
            JobsData.Patience, $"{node}'s job server to start");
        return this;
    }

    public async Task SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}

/// <summary>Stands in for the ranking handler: records who ran what and when.</summary>
public sealed class RankingProbe(string node)
{
    public string Node => node;
    public ConcurrentQueue<ProbeRun> Runs { get; } = new();
    public ConcurrentDictionary<int, bool> Failing { get; } = new();
    public TimeSpan Work { get; set; } = TimeSpan.FromMilliseconds(50);
    /// <summary>This competition's run never ends on this node (a node that dies mid-job).</summary>
    public int? HangOn { get; set; }
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Finished(int competitionId) => Runs.Count(r => r.CompetitionId == competitionId && r.Succeeded);
}

public sealed record ProbeRun(int CompetitionId, string Node, DateTime StartedAt, bool Succeeded);

public sealed class ProbeRecomputeHandler(RankingProbe probe, SkillsLadderDbContext db) : IRequestHandler<RecomputeStandingsCommand, RecomputeResult>
{
    public async Task<RecomputeResult> Handle(RecomputeStandingsCommand request, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        if (probe.HangOn == request.CompetitionId)
        {
            probe.Hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, CancellationToken.None); // deliberately deaf to shutdown, as a dying process is
        }
        await Task.Delay(probe.Work, CancellationToken.None);
        if (probe.Failing.ContainsKey(request.CompetitionId))
        {
            probe.Runs.Enqueue(new ProbeRun(request.CompetitionId, probe.Node, started, false));
            throw new InvalidOperationException($"ranking of competition {request.CompetitionId} failed (test)");
        }
        // Settles what it has seen, as the real handler does.
        await db.StandingsDemands.Where(d => d.CompetitionId == request.CompetitionId && d.RequestedAt <= started).ExecuteDeleteAsync(cancellationToken);
        probe.Runs.Enqueue(new ProbeRun(request.CompetitionId, probe.Node, started, true));
        return new RecomputeResult(request.CompetitionId, null, null, null, false, 0);
    }
}

public sealed class ProbePendingHandler(SkillsLadderDbContext db) : IRequestHandler<PendingStandingsQuery, IReadOnlyList<int>>
{
    public async Task<IReadOnlyList<int>> Handle(PendingStandingsQuery request, CancellationToken cancellationToken) =>
        await db.StandingsDemands.Select(d => d.CompetitionId).Distinct().ToListAsync(cancellationToken);
}

/// <summary>A change to a competition, as a mark would be: it leaves a standings demand in its transaction.</summary>
public sealed record TouchCompetitionCommand(int CompetitionId) : ICommand<Unit>;

public sealed class TouchCompetitionHandler(SkillsLadderDbContext db) : IRequestHandler<TouchCompetitionCommand, Unit>
{
    public async Task<Unit> Handle(TouchCompetitionCommand request, CancellationToken cancellationToken)
    {
        var competition = await db.Competitions.SingleAsync(c => c.Id == request.CompetitionId, cancellationToken);
        db.Entry(competition).Property(c => c.Name).IsModified = true;
        return Unit.Value;
    }
}
