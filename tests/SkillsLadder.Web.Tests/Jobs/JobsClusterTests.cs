using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// Two app instances (two Hangfire servers with their own names) on one PostgreSQL database, sharing its job queue.
/// </summary>
public sealed class JobsClusterTests(ITestOutputHelper output)
{

    [Theory, SqliteHasNoClusterData, PostgreSqlData]
    public async Task Every_triggered_ranking_runs_exactly_once_across_two_nodes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var competitions = await JobsData.CreateCompetitionsAsync(database, 20);
        // One after the other: the first creates Hangfire's schema, the second finds it.
        await using var a = await new JobsApp(database, "node-a").StartQuietAsync();
        await using var b = new JobsApp(database, "node-b").Start();
        a.Probe.Work = b.Probe.Work = TimeSpan.FromMilliseconds(300);

        // Changes arrive at both nodes; each asks for its competition's ranking.
        for (var i = 0; i < competitions.Length; i++) await (i % 2 == 0 ? a : b).SendAsync(new TouchCompetitionCommand(competitions[i]));
        var control = a.Services.GetRequiredService<IJobControl>();
        await JobsData.WaitUntilAsync(async () => a.Probe.Runs.Count + b.Probe.Runs.Count >= competitions.Length
            && (await control.ListAsync(CancellationToken.None)).Where(j => j.Group == JobNames.RankingGroup).All(j => j.State == "Idle"),
            JobsData.Patience, "every ranking to run and nothing to be left waiting");

        var runs = a.Probe.Runs.Concat(b.Probe.Runs).ToList();
        output.WriteLine($"node-a ran {a.Probe.Runs.Count}, node-b ran {b.Probe.Runs.Count}");
        runs.Select(r => r.CompetitionId).OrderBy(id => id).ShouldBe(competitions.OrderBy(id => id)); // each once, none twice
        var history = await JobsData.RunsAsync(database);
        history.Count.ShouldBe(competitions.Length);
        history.ShouldAllBe(r => r.Outcome == JobOutcome.Succeeded && (r.Node == "node-a" || r.Node == "node-b"));
        history.Select(r => r.Subject).Distinct().Count().ShouldBe(competitions.Length);
        (await JobsData.DemandsAsync(database)).ShouldBe(0);
    }

    /// <summary>
    /// Two real app processes on one PostgreSQL database. The test holds an exclusive lock on the snapshot table, so
    /// the ranking blocks mid-run on whichever node took it; that node is killed with SIGKILL (its half-done transaction
    /// dies with its session, the lock is released), and the other must finish the ranking. How it takes over: its
    /// sweep sees the demand still pending and asks for a run, which takes the ranking's advisory lock as soon as the
    /// killed node's session is gone; the killed node's Hangfire job stays "processing" until nobody has extended its
    /// invisibility for Jobs:InvisibilityTimeout (10 s here, 1 min in production), then the survivor runs it again and
    /// finds nothing left to rank.
    /// </summary>
    [Theory, SqliteHasNoClusterData, PostgreSqlData]
    public async Task A_node_killed_mid_ranking_has_its_work_completed_by_the_other_and_nothing_is_ranked_twice_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var c = await LockedCompetitionWithDemandAsync(database);
        var settings = new Dictionary<string, string>
        {
            ["Jobs:InvisibilityTimeout"] = "00:00:10", ["Jobs:SweepInterval"] = "00:00:02", ["Jobs:LiveSnapshotInterval"] = "00:00:00",
            ["Jobs:QueuePollInterval"] = "00:00:00.500", ["Jobs:SchedulePollInterval"] = "00:00:00.500",
        };

        await using var blocker = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var command = new Npgsql.NpgsqlCommand("LOCK TABLE \"StandingsSnapshots\" IN ACCESS EXCLUSIVE MODE", blocker, hold))
            await command.ExecuteNonQueryAsync();

        // Both nodes up before the ranking starts (their start-up sweeps ask for it; one runs it, the other's run waits
        // for its lock), so the blocked statement is killed well inside its command timeout even on a loaded machine.
        await using var a = await AppProcess.StartAsync(database, "node-a", settings);
        await using var b = await AppProcess.StartAsync(database, "node-b", settings);
        JobRun? started = null;
        await JobsData.WaitUntilAsync(async () => (started = (await JobsData.RunsAsync(database))
                .FirstOrDefault(r => r.Subject == c.ToString() && r.Outcome == JobOutcome.Running)) is not null,
            JobsData.Patience, "a node to start the ranking", () => Task.FromResult(a.Output + "\n" + b.Output));
        var (victim, survivor) = started!.Node == a.Node ? (a, b) : (b, a);

        await victim.KillAsync();
        var killed = Stopwatch.StartNew();
        await hold.RollbackAsync(); // the lock goes; the killed node's blocked statement has no client left to finish for

        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Any(r => r.Subject == c.ToString() && r.Node == survivor.Node
            && r.Outcome == JobOutcome.Succeeded) && await JobsData.DemandsAsync(database, c) == 0,
            JobsData.Patience, $"{survivor.Node} to finish {victim.Node}'s ranking", () => Task.FromResult(survivor.Output));
        output.WriteLine($"{survivor.Node} finished the ranking {killed.Elapsed.TotalSeconds:0.0} s after {victim.Node} was killed");
        await using var db = database.CreateContext();
        (await db.StandingsSnapshots.CountAsync(s => s.CompetitionId == c)).ShouldBe(1); // the killed node's write died with it; no second one
        var runs = (await JobsData.RunsAsync(database)).Where(r => r.Subject == c.ToString()).ToList();
        runs.First().ShouldSatisfyAllConditions(r => r.Id.ShouldBe(started.Id), r => r.Node.ShouldBe(victim.Node),
            r => r.Outcome.ShouldBe(JobOutcome.Failed), r => r.Error!.ShouldContain(survivor.Node));
        // One at a time: no two runs of the competition's ranking overlap (the killed node's ended when the other took
        // over). The killed node's own job comes back to the survivor once its invisibility runs out, so a run of it may be going right now: it counts
        // once it has finished, and it finds nothing left to rank (one snapshot above).
        var finished = runs.Skip(1).Where(r => r.FinishedAt is not null).OrderBy(r => r.StartedAt).ToList();
        for (var i = 1; i < finished.Count; i++) finished[i].StartedAt.ShouldBeGreaterThanOrEqualTo(finished[i - 1].FinishedAt!.Value);
    }

    private static async Task<int> LockedCompetitionWithDemandAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var (occupationId, enterpriseId) = await JobsData.CreateDirectoryAsync(db);
        var competition = await StandingsData.CreateAsync(db, occupationId, enterpriseId, ["张伟", "王芳", "李娜"]);
        db.StandingsDemands.RemoveRange(db.StandingsDemands);
        db.StandingsDemands.Add(new Domain.Ranking.StandingsDemand(competition.Id, DateTime.UtcNow)); // the lock's demand
        await db.SaveChangesAsync();
        return competition.Id;
    }
}

/// <summary>The SQLite row of a cluster test, reported as skipped with the reason.</summary>
public sealed class SqliteHasNoClusterDataAttribute : DataAttribute
{
    public SqliteHasNoClusterDataAttribute() =>
        Skip = "SQLite is one machine's file with one writer: its job store serves a single node; the cluster runs on PostgreSQL only.";

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}
