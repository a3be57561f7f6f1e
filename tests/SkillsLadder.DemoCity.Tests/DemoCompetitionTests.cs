using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.DemoCity.Tests;

public sealed class DemoCompetitionTests
{
    [Fact]
    public void The_demo_scheme_is_complete_and_weighted_thirty_seventy()
    {
        var scheme = DemoCompetitions.Scheme();
        scheme.Problems().ShouldBeEmpty();
        scheme.Components.Select(c => c.WeightPercent).ShouldBe([30, 70]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Last_years_contest_is_seeded_once_with_its_scheme(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.SeedDirectoryAsync();
        await app.QueryAsync(async db => { await DemoCompetitions.SeedAsync(db, DateTime.UtcNow, default); await DemoCompetitions.SeedAsync(db, DateTime.UtcNow, default); return 0; });
        var seeded = await app.QueryAsync(db => db.Competitions.Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).SingleAsync());
        seeded.Name.ShouldBe(DemoCompetitions.PastContestName);
        seeded.SchemeComplete.ShouldBeTrue();
        seeded.Status.ShouldBe(CompetitionStatus.Registration);
    }
}
