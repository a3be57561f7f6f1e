using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Application.Tests.CampaignStandings;

/// <summary>The same campaign ranked on SQLite and on a server database (PostgreSQL, SQL Server) gives identical snapshots (integer points, one rounding rule).</summary>
public sealed class CrossProviderCampaignStandingsTests
{
    private static async Task<string> SnapshotOnAsync(DatabaseProvider provider)
    {
        await using var world = await CampaignWorld.StartAsync(provider, finish: true);
        var result = await world.RankAsync();
        var snapshot = await world.App.QueryAsync(db => db.CampaignStandings.Include(s => s.Rows).SingleAsync(s => s.Id == result.SnapshotId));
        return $"{snapshot.Number}|{snapshot.InputHash}\n" + string.Join("\n", snapshot.Rows
            .OrderBy(r => r.PeriodId ?? int.MaxValue).ThenBy(r => r.Kind).ThenBy(r => r.Rank).ThenBy(r => r.ParticipantId)
            .Select(r => $"{r.PeriodId}|{r.ParticipantId}|{r.Kind}|{r.Rank}|{r.Total}|{r.Deductions}|{r.Vetoes}|{r.HoldsBanner}|{r.Provisional}|{r.Explanation}"));
    }

    [Theory, PostgreSqlData, SqlServerData]
    public async Task A_server_database_ranks_the_same_campaign_as_Sqlite(DatabaseProvider provider)
    {
        var server = await SnapshotOnAsync(provider);
        var sqlite = await SnapshotOnAsync(DatabaseProvider.Sqlite);

        sqlite.ShouldBe(server);
        // Three months of five participants, and the five cumulative lines.
        server.Split('\n').Length.ShouldBe(1 + 3 * 5 + 5);
    }
}
