using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Application.Tests.CampaignStandings;

/// <summary>The same campaign ranked on SQLite and on PostgreSQL gives identical snapshots (integer points, one rounding rule).</summary>
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

    [Theory, PostgreSqlData]
    public async Task Sqlite_and_postgresql_rank_the_same_campaign_identically(DatabaseProvider provider)
    {
        var postgres = await SnapshotOnAsync(provider);
        var sqlite = await SnapshotOnAsync(DatabaseProvider.Sqlite);

        sqlite.ShouldBe(postgres);
        // Three months of five participants, and the five cumulative lines.
        postgres.Split('\n').Length.ShouldBe(1 + 3 * 5 + 5);
    }
}
