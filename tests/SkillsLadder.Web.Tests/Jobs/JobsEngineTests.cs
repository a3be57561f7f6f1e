using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Domain.Ranking;
using Xunit.Abstractions;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>The job engine on one node, on each provider: coalescing, retries with back-off, the sweep.</summary>
public sealed class JobsEngineTests(ITestOutputHelper output)
{

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_burst_of_200_changes_causes_a_handful_of_ranking_runs_and_the_last_change_is_ranked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var competitions = await JobsData.CreateCompetitionsAsync(database, 1);
        var c = competitions[0];
        // The production coalescing window (1 s); a ranking that takes 100 ms.
        await using var app = await new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:RankingDelay", "00:00:01"))).StartQuietAsync();
        app.Probe.Work = TimeSpan.FromMilliseconds(100);

        var burst = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) await app.SendAsync(new TouchCompetitionCommand(c));
        var lastCommit = DateTime.UtcNow;
        var spread = burst.Elapsed;
        output.WriteLine($"{provider}: 200 changes committed in {spread.TotalMilliseconds:0} ms");
        // Quiet again: nothing waiting or running, every run in the history, and one of them began after the last change.
        var control = app.Services.GetRequiredService<IJobControl>();
        await JobsData.WaitUntilAsync(async () =>
        {
            var job = (await control.ListAsync(CancellationToken.None)).Single(j => j.Group == JobNames.RankingGroup);
            var history = await JobsData.RunsAsync(database);
            return job.State == "Idle" && history.All(r => r.Outcome == JobOutcome.Succeeded) && history.Count == app.Probe.Runs.Count
                && app.Probe.Runs.Any(r => r.StartedAt > lastCommit);
        }, JobsData.Patience, "the burst to be ranked, including its last change", async () =>
            $"jobs {string.Join(", ", (await control.ListAsync(CancellationToken.None)).Select(j => $"{j.Group}/{j.Name} {j.State}"))}; " +
            $"history {string.Join(", ", (await JobsData.RunsAsync(database)).Select(r => $"#{r.Attempt} {r.Outcome} {r.Error}"))}; probe runs {app.Probe.Runs.Count}");

        var runs = app.Probe.Runs.Count;
        output.WriteLine($"{provider}: 200 changes → {runs} ranking runs");
        // At most one run per coalescing window while changes arrive, plus the one that takes the last change (a loaded
        // machine spreads the 200 commits over more windows; a quiet one commits them in about 3 s, so about 5 runs).
        runs.ShouldBeInRange(1, (int)Math.Ceiling(spread.TotalSeconds) + 2);
        var history = await JobsData.RunsAsync(database);
        history.ShouldAllBe(r => r.JobName == JobNames.Competition(c) && r.Subject == c.ToString() && r.Node == "node-a" && r.DurationMs >= 100);
        (await JobsData.DemandsAsync(database)).ShouldBe(0);
    }

    /// <summary>
    /// Issue 18: marks arriving all the time used to start a ranking run every coalescing window (0.3 s here), each
    /// competing with the saves. Now a contest is ranked at most once per live interval, and the last change still is.
    /// </summary>
    [Theory, SqliteData, PostgreSqlData]
    public async Task Marks_arriving_all_the_time_are_ranked_once_per_live_interval_and_the_last_one_is_ranked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var c = (await JobsData.CreateCompetitionsAsync(database, 1))[0];
        await using var app = await new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:LiveSnapshotInterval", "00:00:03"))).StartQuietAsync();

        var marking = System.Diagnostics.Stopwatch.StartNew();
        while (marking.Elapsed < TimeSpan.FromSeconds(8))
        {
            await app.SendAsync(new TouchCompetitionCommand(c));
            await Task.Delay(100);
        }
        var lastCommit = DateTime.UtcNow;
        var spread = marking.Elapsed;
        await JobsData.WaitUntilAsync(() => Task.FromResult(app.Probe.Runs.Any(r => r.StartedAt > lastCommit)), JobsData.Patience,
            "the last change to be ranked", () => Task.FromResult($"probe runs at {string.Join(", ", app.Probe.Runs.Select(r => $"{r.StartedAt:HH:mm:ss.fff}"))}"));

        var starts = app.Probe.Runs.Select(r => r.StartedAt).Order().ToList();
        output.WriteLine($"{provider}: changes for {spread.TotalSeconds:F1} s → {starts.Count} runs at {string.Join(", ", starts.Select(s => $"{s:ss.fff}"))}");
        starts.Count.ShouldBeInRange(2, (int)Math.Ceiling(spread.TotalSeconds / 3) + 2); // unspaced: one per 0.3 s window, about 25
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_failing_ranking_is_retried_with_back_off_then_recorded_as_failed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var c = (await JobsData.CreateCompetitionsAsync(database, 1))[0];
        await using var app = await new JobsApp(database, "node-a").StartQuietAsync();
        app.Probe.Failing[c] = true;

        await app.SendAsync(new TouchCompetitionCommand(c));
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Any(r => r.Outcome == JobOutcome.Failed), JobsData.Patience,
            "the last attempt to fail");

        var history = await JobsData.RunsAsync(database);
        history.Select(r => (r.Attempt, r.Outcome)).ShouldBe([(1, JobOutcome.Retrying), (2, JobOutcome.Retrying), (3, JobOutcome.Failed)]);
        history.ShouldAllBe(r => r.Error!.Contains("failed (test)"));
        // Back-off as configured (300 ms, then 600 ms), measured between the starts of the attempts.
        var starts = app.Probe.Runs.Select(r => r.StartedAt).ToList();
        (starts[1] - starts[0]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280));
        (starts[2] - starts[1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(580));
        // The demand stays for the sweep: a ranking that failed for good is tried again later.
        (await JobsData.DemandsAsync(database, c)).ShouldBeGreaterThan(0);
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task The_sweep_ranks_a_demand_whose_schedule_was_lost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var competitions = await JobsData.CreateCompetitionsAsync(database, 2);
        // A crash between the commit and the scheduling: the demand is in the database, no trigger exists.
        await using (var db = database.CreateContext())
        {
            db.StandingsDemands.Add(new StandingsDemand(competitions[1], DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        await using var app = new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:SweepInterval", "00:00:01"))).Start();

        await JobsData.WaitUntilAsync(async () => app.Probe.Finished(competitions[1]) > 0 && await JobsData.DemandsAsync(database) == 0
                && (await JobsData.RunsAsync(database, JobNames.MaintenanceGroup)).Any(r => r.JobName == JobNames.SweepName && r.Outcome == JobOutcome.Succeeded)
                && (await JobsData.RunsAsync(database)).Any(r => r.Subject == competitions[1].ToString() && r.Outcome == JobOutcome.Succeeded),
            JobsData.Patience, "the sweep to rank the lost demand, settle it, and both runs in the history");
        app.Probe.Finished(competitions[0]).ShouldBe(0);
    }
}
