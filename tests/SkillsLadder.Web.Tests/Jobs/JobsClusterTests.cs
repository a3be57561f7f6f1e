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
    /// node-a's ranking blocks mid-run; node-a is killed with SIGKILL (its half-done transaction dies with its session,
    /// the lock is released), and node-b must finish the ranking. How node-b takes over: node-b's sweep sees the demand
    /// still pending and asks for a run, which takes the ranking's advisory lock as soon as node-a's session is gone;
    /// node-a's Hangfire job stays "processing" until nobody has extended its invisibility for Jobs:InvisibilityTimeout
    /// (10 s here, 1 min in production), then node-b runs it again and finds nothing left to rank.
    /// </summary>
    [Theory, SqliteHasNoClusterData, PostgreSqlData]
    public async Task A_node_killed_mid_ranking_has_its_work_completed_by_the_other_and_nothing_is_ranked_twice_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var c = await LockedCompetitionWithDemandAsync(database);
        var settings = new Dictionary<string, string>
        {
            ["Jobs:InvisibilityTimeout"] = "00:00:10", ["Jobs:SweepInterval"] = "00:00:02",
            ["Jobs:QueuePollInterval"] = "00:00:00.500", ["Jobs:SchedulePollInterval"] = "00:00:00.500",
        };

        await using var blocker = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var command = new Npgsql.NpgsqlCommand("LOCK TABLE \"StandingsSnapshots\" IN ACCESS EXCLUSIVE MODE", blocker, hold))
            await command.ExecuteNonQueryAsync();

        await using var a = await AppProcess.StartAsync(database, "node-a", settings);
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Any(r => r.Subject == c.ToString() && r.Node == "node-a"
            && r.Outcome == JobOutcome.Running), JobsData.Patience, "node-a to start the ranking (its start-up sweep asks for it)", () => Task.FromResult(a.Output));
        await using var b = await AppProcess.StartAsync(database, "node-b", settings);

        await a.KillAsync();
        var killed = Stopwatch.StartNew();
        await hold.RollbackAsync(); // the lock goes; node-a's blocked statement has no client left to finish for

        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Any(r => r.Subject == c.ToString() && r.Node == "node-b"
            && r.Outcome == JobOutcome.Succeeded) && await JobsData.DemandsAsync(database, c) == 0,
            JobsData.Patience, "node-b to finish node-a's ranking", () => Task.FromResult(b.Output));
        output.WriteLine($"node-b finished the ranking {killed.Elapsed.TotalSeconds:0.0} s after node-a was killed");
        await using var db = database.CreateContext();
        (await db.StandingsSnapshots.CountAsync(s => s.CompetitionId == c)).ShouldBe(1); // node-a's write died with it; no second one
        var runs = (await JobsData.RunsAsync(database)).Where(r => r.Subject == c.ToString()).ToList();
        runs.First().ShouldSatisfyAllConditions(r => r.Node.ShouldBe("node-a"), r => r.Outcome.ShouldBe(JobOutcome.Failed),
            r => r.Error!.ShouldContain("node-b"));
        // One at a time: no two runs of the competition's ranking overlap (node-a's ended when node-b took over). node-a's
        // own job comes back to node-b once its invisibility runs out, so a run of it may be going right now: it counts
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
