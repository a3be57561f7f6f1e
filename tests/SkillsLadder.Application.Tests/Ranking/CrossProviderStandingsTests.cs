using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Tests.Competitions;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Ranking;

/// <summary>The same competition ranked on SQLite and on a server database (PostgreSQL, SQL Server) gives identical snapshots (marks are integers; one rounding rule).</summary>
public sealed class CrossProviderStandingsTests
{
    private static async Task<string> SnapshotOnAsync(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app, entrants: 10);
        await app.QueryAsync(async db =>
        {
            var competition = await db.Competitions.SingleAsync(c => c.Id == setup.CompetitionId);
            competition.SetRankingRules(RankingRules.Default with { Standardisation = Standardisation.Median700, HonourTopN = 3, HonourTitle = "市技术能手" });
            foreach (var entrant in await db.Entrants.ToListAsync()) entrant.RecordTimeUsed(entrant.Bib % 3 == 0 ? null : 3600 - entrant.Bib * 7);
            await db.SaveChangesAsync();
            return 0;
        });
        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Marking));
        await RecomputeStandingsTests.MarkAsync(setup, SheetStatus.Verified);
        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Locked));
        var result = await app.SendAsync(new RecomputeStandingsCommand(setup.CompetitionId));
        var snapshot = await app.QueryAsync(db => db.StandingsSnapshots.SingleAsync(s => s.Id == result.SnapshotId));
        var rows = await app.QueryAsync(db => db.StandingsRows.Where(r => r.SnapshotId == snapshot.Id).OrderBy(r => r.Position).ToListAsync());
        return snapshot.InputHash + "\n" + string.Join("\n", rows.Select(r =>
            $"{r.Position}|{r.EntrantId}|{r.Rank}|{r.Tied}|{r.TotalHundredths}|{r.StandardHundredths}|{r.TheoryHundredths}|{r.PracticalHundredths}|" +
            $"{r.TimeUsedSeconds}|{r.Prize}|{r.Medal}|{r.Proposal}|{r.Explanation}"));
    }

    [Theory, PostgreSqlData, SqlServerData]
    public async Task A_server_database_ranks_the_same_competition_as_Sqlite(DatabaseProvider provider)
    {
        var server = await SnapshotOnAsync(provider);
        var sqlite = await SnapshotOnAsync(DatabaseProvider.Sqlite);

        sqlite.ShouldBe(server);
        server.Split('\n').Length.ShouldBe(11);
    }
}
