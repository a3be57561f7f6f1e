using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;
using SkillsLadder.Web.Tests.Jobs;
using Xunit.Abstractions;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>
/// The whole cluster as real processes: PostgreSQL ← PgBouncer (transaction pooling for the app, a session pool for
/// Hangfire and the jobs' advisory locks) ← two app nodes, each with its Hangfire server ← HAProxy (round robin,
/// health-checked). Judges mark a contest through HAProxy; one node is killed with SIGKILL mid-load.
/// </summary>
public sealed class ClusterKillTests(ITestOutputHelper output)
{
    private const int Entrants = 40, Judges = 4, Clients = 16;

    [Theory, ClusterData]
    public async Task A_node_killed_mid_load_loses_no_acknowledged_save_stores_none_twice_and_leaves_the_board_right(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var contest = await ClusterContest.CreateAsync(database, Entrants, Judges, openMarking: false);
        await using var plumbing = await ClusterPlumbing.StartPgBouncerAsync(database);
        var settings = new Dictionary<string, string>(plumbing.NodeSettings(database))
        {
            ["Jobs:InvisibilityTimeout"] = "00:00:10", ["Jobs:SweepInterval"] = "00:00:02", ["Jobs:LiveSnapshotInterval"] = "00:00:00",
            ["Jobs:QueuePollInterval"] = "00:00:00.500", ["Jobs:SchedulePollInterval"] = "00:00:00.500",
            ["RateLimiting:SignInsPerMinute"] = "1000",
        };
        // One after the other: the first installs Hangfire's schema and the key ring, the second finds them. Each
        // has a home of its own, so the key ring they share can only be the database's.
        await using var a = await AppProcess.StartAsync(database, "node-a", ClusterPlumbing.WithOwnHome(settings));
        await using var b = await AppProcess.StartAsync(database, "node-b", ClusterPlumbing.WithOwnHome(settings));
        await plumbing.StartBalancerAsync(a.Url!, b.Url!);
        await WaitForBothNodesAsync(plumbing.Balancer!, a, b);
        await contest.OpenMarkingAsync(plumbing.Balancer!);

        var load = new MarkLoad(plumbing.Balancer!, contest, Clients);
        await load.SignInAsync(); // tokens issued by either node, used on both
        var running = load.RunAsync();
        // A bound, not a pause: a third of the load took 29-89 s on this machine under a load average of 30-48.
        await JobsData.WaitUntilAsync(() => Task.FromResult(running.IsCompleted || load.Acks.Count >= load.Total * 35 / 100), 3 * JobsData.Patience,
            "a third of the load to be acknowledged", () => Task.FromResult(load.Report() + "\n" + a.Output + "\n" + b.Output));
        var beforeKill = (Acks: load.Acks.Count, At: load.Elapsed);
        await b.KillAsync();
        await running;
        var afterKill = (Acks: load.Acks.Count - beforeKill.Acks, Time: load.Elapsed - beforeKill.At);
        output.WriteLine($"{beforeKill.Acks} acknowledged in {beforeKill.At.TotalSeconds:0.0} s on two nodes ({beforeKill.Acks / beforeKill.At.TotalSeconds:0} /s), " +
                         $"then node-b killed; {afterKill.Acks} in {afterKill.Time.TotalSeconds:0.0} s on node-a ({afterKill.Acks / afterKill.Time.TotalSeconds:0} /s); " +
                         $"{load.ConnectionFailuresSeen.Count} connection failures retried");

        load.Unexpected.ShouldBeEmpty();
        load.ConnectionFailuresSeen.ShouldAllBe(f => f.At >= beforeKill.At, "connection failures only once a node was killed");
        load.Acks.Count.ShouldBe(load.Total);
        await EveryAcknowledgedSaveIsStoredOnceAsync(database, contest, load);
        await TheBoardIsTheRankingOfTheStoredMarksAsync(database, contest, plumbing.Balancer!, a);
    }

    private static async Task WaitForBothNodesAsync(Uri balancer, AppProcess a, AppProcess b)
    {
        using var http = new HttpClient { BaseAddress = balancer };
        var healthy = 0;
        await JobsData.WaitUntilAsync(async () =>
        {
            healthy = (await http.GetAsync("/health")).IsSuccessStatusCode ? healthy + 1 : 0;
            return healthy >= 4; // round robin: a few answers in a row come from both
        }, JobsData.Patience, "HAProxy to find both nodes healthy", () => Task.FromResult(a.Output + "\n" + b.Output));
    }

    /// <summary>
    /// Each sheet's version and marks are what its last acknowledged request said; each key is stored once; the
    /// sheet's history holds exactly the changes the acknowledged saves reported (a save applied twice would add more).
    /// </summary>
    private static async Task EveryAcknowledgedSaveIsStoredOnceAsync(TestDatabase database, ClusterContest contest, MarkLoad load)
    {
        await using var db = database.CreateContext();
        var saves = load.Acks.Where(a => a.Kind == "save").ToList();
        var keys = await db.ProcessedRequests.Where(r => r.Key.StartsWith("cluster-")).Select(r => new { r.UserName, r.Key }).ToListAsync();
        keys.Select(k => k.Key).OrderBy(k => k).ShouldBe(saves.Select(s => s.Key!).OrderBy(k => k)); // each acknowledged key once, no other
        keys.ShouldAllBe(k => k.Key.StartsWith("cluster-" + k.UserName + "-"));

        var sheets = await db.ScoreSheets.Where(s => s.CompetitionId == contest.CompetitionId).Include(s => s.Entries).ToListAsync();
        var seats = await db.CompetitionJudges.Where(j => j.CompetitionId == contest.CompetitionId).ToDictionaryAsync(j => j.Id, j => j.UserId);
        var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var aspects = await db.MarkingAspects.Where(x => db.MarkingCriteria.Any(k => k.Id == x.CriterionId
            && db.MarkingComponents.Any(m => m.Id == k.ComponentId && m.CompetitionId == contest.CompetitionId))).ToDictionaryAsync(x => x.Id, x => x.Code);
        var changes = await db.ScoreChanges.Where(c => sheets.Select(s => s.Id).Contains(c.SheetId)).ToListAsync();
        sheets.Count.ShouldBe(contest.EntrantIds.Count * contest.Judges.Count);
        foreach (var sheet in sheets)
        {
            var judge = users[seats[sheet.JudgeId!.Value]];
            var acks = load.Acks.Where(a => a.Judge == judge && a.EntrantId == sheet.EntrantId).OrderBy(a => a.Version).ToList();
            var what = $"{judge}'s sheet for entrant {sheet.EntrantId}";
            sheet.Status.ShouldBe(SheetStatus.Submitted, what);
            sheet.Version.ShouldBe(acks.Last().Version, what);
            acks.Select(a => a.Version).Distinct().Count().ShouldBe(acks.Count, what);
            var lastMarks = acks.Last(a => a.Kind == "save").Marks;
            sheet.Entries.Select(e => (aspects[e.AspectId], e.Hundredths)).OrderBy(e => e.Item1)
                .ShouldBe(lastMarks.Select(m => (m.Code, (int)(decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) * 100))).OrderBy(m => m.Code), what);
            changes.Count(c => c.SheetId == sheet.Id && c.Action == SheetAction.Marked).ShouldBe(acks.Sum(a => a.Changed), what);
            changes.Count(c => c.SheetId == sheet.Id && c.Action == SheetAction.Submitted).ShouldBe(1, what);
        }
    }

    /// <summary>
    /// Once the ranking jobs have caught up: the newest live snapshot and the public board (through HAProxy, from the
    /// live rows) both equal the ranking that the domain's calculator makes of the marks stored.
    /// </summary>
    private async Task TheBoardIsTheRankingOfTheStoredMarksAsync(TestDatabase database, ClusterContest contest, Uri balancer, AppProcess survivor)
    {
        var watch = Stopwatch.StartNew();
        await JobsData.WaitUntilAsync(async () => await JobsData.DemandsAsync(database, contest.CompetitionId) == 0
                && (await JobsData.RunsAsync(database)).All(r => r.Outcome != Data.Jobs.JobOutcome.Running || r.Node != survivor.Node),
            JobsData.Patience, "the ranking to catch up with the marks", () => Task.FromResult(survivor.Output));
        output.WriteLine($"ranking caught up {watch.Elapsed.TotalSeconds:0.0} s after the load");

        await using var db = database.CreateContext();
        var competition = await db.Competitions.Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects)
            .AsSplitQuery().SingleAsync(c => c.Id == contest.CompetitionId);
        var expected = RankingCalculator.Rank(await RankingInputReader.ReadAsync(db, competition, SnapshotBasis.Live, CancellationToken.None));
        expected.Count.ShouldBe(contest.EntrantIds.Count);

        var snapshot = await db.StandingsSnapshots.Where(s => s.CompetitionId == contest.CompetitionId).OrderByDescending(s => s.Number).FirstAsync();
        var rows = await db.StandingsRows.Where(r => r.SnapshotId == snapshot.Id).OrderBy(r => r.Position).ToListAsync();
        rows.Select(r => (r.EntrantId, r.Rank, r.TotalHundredths)).ShouldBe(expected.Select(r => (r.EntrantId, r.Rank, r.TotalHundredths)));

        var bibs = await db.Entrants.Where(e => e.CompetitionId == contest.CompetitionId).ToDictionaryAsync(e => e.Id, e => e.Bib);
        using var http = new HttpClient { BaseAddress = balancer };
        var board = await http.GetFromJsonAsync<JsonElement>($"/api/public/boards/{contest.CompetitionId}");
        board.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("bib").GetInt32(), r.GetProperty("rank").GetInt32(), (int)(r.GetProperty("total").GetDecimal() * 100)))
            .ShouldBe(expected.Select(r => (bibs[r.EntrantId], r.Rank, r.TotalHundredths)));
    }
}
