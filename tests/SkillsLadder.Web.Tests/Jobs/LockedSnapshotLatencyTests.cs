using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;
using Xunit.Abstractions;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// With the production job settings (no test shortcuts) on an idle app, an organizer locks the marks and the locked
/// snapshot is written within 2 s: the lock is one event, so its ranking is asked for now rather than after the
/// coalescing window. Three competitions, the median counts: one slow run on a shared machine is not the app's latency.
/// </summary>
public sealed class LockedSnapshotLatencyTests(ITestOutputHelper output)
{
    [Theory, SqliteData, PostgreSqlData]
    public async Task A_locked_competitions_snapshot_is_written_within_2_s_on_an_idle_app(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = new List<int>();
        await using (var db = database.CreateContext())
        {
            var (occupationId, enterpriseId) = await JobsData.CreateDirectoryAsync(db);
            for (var i = 0; i < 3; i++)
                ids.Add((await StandingsData.CreateAsync(db, occupationId, enterpriseId, ["张伟", "王芳", "李娜"],
                    CompetitionStatus.Marking, lockSheets: false, competitionName: $"锁定测试竞赛{i}")).Id);
        }
        await using var app = await new JobsApp(database, "node-a", new Dictionary<string, string?>(), realRanking: true).StartQuietAsync();
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);

        var latencies = new List<TimeSpan>();
        foreach (var id in ids)
        {
            var watch = Stopwatch.StartNew();
            (await organizer.PostAsJsonAsync($"/api/competitions/{id}/status", new { to = "Locked" })).EnsureSuccessStatusCode();
            await JobsData.WaitUntilAsync(async () =>
            {
                await using var db = database.CreateContext();
                return await db.StandingsSnapshots.AnyAsync(s => s.CompetitionId == id && s.Basis == SnapshotBasis.Locked);
            }, JobsData.Patience, $"competition {id}'s locked snapshot");
            latencies.Add(watch.Elapsed);
        }
        output.WriteLine($"{provider}: lock → locked snapshot {string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:0} ms"))}");
        latencies.Order().ElementAt(1).ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }
}
