using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// Two app instances (two schedulers with their own instance ids) on one PostgreSQL database: a Quartz cluster.
/// Check-ins every second, so that a dead node is noticed within seconds.
/// </summary>
public sealed class JobsClusterTests(ITestOutputHelper output)
{

    [Theory, SqliteHasNoClusterData, PostgreSqlData]
    public async Task Every_triggered_ranking_runs_exactly_once_across_two_nodes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var competitions = await JobsData.CreateCompetitionsAsync(database, 20);
        // One after the other: the first creates Quartz's tables, the second finds them.
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

    [Theory, SqliteHasNoClusterData, PostgreSqlData]
    public async Task A_node_that_dies_mid_ranking_has_its_work_completed_by_the_other(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var c = (await JobsData.CreateCompetitionsAsync(database, 1))[0];
        var a = await new JobsApp(database, "node-a").StartQuietAsync();
        a.Probe.HangOn = c; // node-a's ranking of c never ends: the process is as good as dead from here
        await a.SendAsync(new TouchCompetitionCommand(c));
        await a.Probe.Hanging.Task.WaitAsync(JobsData.Patience);
        await using var b = new JobsApp(database, "node-b").Start();

        var killed = Stopwatch.StartNew();
        await a.DisposeAsync(); // stops without waiting for its job, which never checks in again
        await JobsData.WaitUntilAsync(() => b.Probe.Finished(c) == 1, JobsData.Patience, "node-b to recover and finish the ranking");
        output.WriteLine($"node-b finished node-a's ranking {killed.Elapsed.TotalSeconds:0.0} s after node-a stopped");

        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Count(r => r.Outcome != JobOutcome.Running) == 2,
            JobsData.Patience, "both runs to be settled in the history");
        var history = await JobsData.RunsAsync(database);
        history.Select(r => (r.Node, r.Outcome)).ShouldBe([("node-a", JobOutcome.Failed), ("node-b", JobOutcome.Succeeded)]);
        history[0].Error!.ShouldContain("node-b");
        (await JobsData.DemandsAsync(database)).ShouldBe(0);
    }
}

/// <summary>The SQLite row of a cluster test, reported as skipped with the reason.</summary>
public sealed class SqliteHasNoClusterDataAttribute : DataAttribute
{
    public SqliteHasNoClusterDataAttribute() =>
        Skip = "Quartz refuses clustering on SQLite (a single node, one writer at a time): the cluster runs on PostgreSQL only.";

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}
