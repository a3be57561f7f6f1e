using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.DemoCity.Tests;

public sealed class DemoCampaignTests
{
    [Fact]
    public void The_demo_indicator_scheme_has_no_problems() => DemoCampaigns.Scheme().Problems().ShouldBeEmpty();

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task This_years_campaign_is_seeded_once_with_past_months_assessed_and_locked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        await app.InsertAsync(Enumerable.Range(0, 7).Select(i => (object)new Domain.People.Worker($"班组成员{i}",
            TestData.IdNumber(new DateOnly(1988, 5, 1), i + 10), directory.EnterpriseId, directory.OccupationId, new DateOnly(2015, 3, 1), true)).ToArray());
        var now = new DateTime(2026, 4, 15, 2, 0, 0, DateTimeKind.Utc);
        await app.QueryAsync(async db => { await DemoCampaigns.SeedAsync(db, now, default); await DemoCampaigns.SeedAsync(db, now, default); return 0; });

        var campaign = await app.QueryAsync(db => db.Campaigns.Include(c => c.Periods).Include(c => c.Participants).SingleAsync());
        campaign.Name.ShouldBe(DemoCampaigns.CampaignName);
        campaign.Status.ShouldBe(CampaignStatus.Running);
        campaign.Participants.Count.ShouldBe(7);
        campaign.Periods.Where(p => p.Status == PeriodStatus.Locked).Select(p => p.Label).ShouldBe(["2026年1月", "2026年2月", "2026年3月"], ignoreOrder: true);
        var assessments = await app.QueryAsync(db => db.PeriodAssessments.CountAsync(a => a.Status == AssessmentStatus.Locked));
        assessments.ShouldBe(3 * 7);
        (await app.QueryAsync(db => db.CampaignStandingsDemands.AnyAsync())).ShouldBeTrue();
    }
}
