using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Testing;

/// <summary>Labour campaigns for tests, built through the domain as the handlers build them.</summary>
public static class CampaignData
{
    public static readonly string[] Crews = ["一班组", "二班组", "三班组"];

    public static Mark M(decimal value) => Mark.Round(value);

    /// <summary>
    /// DOMAIN.md §4's example: five items × 100 points; schedule ±1 per day ahead/behind (−60…60 days); −1 per
    /// rectification notice; −5 per safety violation; a quality or safety accident vetoes the period (一票否决).
    /// </summary>
    public static IndicatorSchemeDefinition FiveItemScheme() => new(
    [
        new("S", "进度", IndicatorCategory.Schedule, 100, M(100),
            new MeasureSpec("天", M(0), MeasureDirection.HigherIsBetter, M(1), M(1), M(-60), M(60)), null, null, []),
        new("Q", "质量", IndicatorCategory.Quality, 100, M(100), null, null, null,
            [new("Q1", "整改通知单", M(-1), false, 99), new("QV", "质量事故", M(0), true, 9)]),
        new("A", "安全", IndicatorCategory.Safety, 100, M(100), null, null, null,
            [new("A1", "安全违章", M(-5), false, 99), new("AV", "安全事故", M(0), true, 9)]),
        new("I", "技术创新", IndicatorCategory.Innovation, 100, M(100), null, null, null, [new("I1", "合理化建议采纳", M(2), false, 99)]),
        new("C", "文明施工", IndicatorCategory.CivilisedConstruction, 100, M(100), null, null, null, [new("C1", "文明施工扣分", M(-1), false, 99)]),
    ]);

    /// <summary>
    /// A campaign on metro line 3 from January 2026, assessed monthly over <paramref name="months"/> months, with three
    /// crews of the enterprise led by the given workers and the five-item scheme; Running unless <paramref name="start"/> is false.
    /// </summary>
    public static Campaign NewCampaign(int enterpriseId, IReadOnlyList<int> leaderIds, int months = 6, bool start = true, DateTime? at = null)
    {
        var when = at ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var campaign = new Campaign("地铁三号线劳动竞赛", CampaignKind.KeyProject, "地铁三号线土建工程", "市总工会",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddMonths(months).AddDays(-1), PeriodCadence.Monthly, when);
        campaign.PlanPeriods();
        for (var i = 0; i < Crews.Length; i++) campaign.AddUnit(Crews[i], UnitKind.Crew, enterpriseId, leaderIds[i]);
        campaign.ReplaceScheme(FiveItemScheme(), 1, 1, "test-organizer", when);
        if (start) campaign.Start();
        return campaign;
    }

    public sealed record CampaignWorld(Campaign Campaign, IReadOnlyList<int> LeaderIds)
    {
        public int Id => Campaign.Id;
        public IReadOnlyList<CampaignParticipant> CrewList => Campaign.Participants.OrderBy(p => p.Id).ToList();
        public int Crew(int index) => CrewList[index].Id;
        public int Period(int number) => Campaign.Periods.Single(p => p.Number == number).Id;
    }

    /// <summary>Three crew leaders in the directory, then the campaign of <see cref="NewCampaign"/> stored.</summary>
    public static async Task<CampaignWorld> CreateCampaignAsync(this TestApp app, TestData.Directory directory, int months = 6, bool start = true)
    {
        var leaders = await app.CreateWorkersAsync(directory, "张建国", "李卫东", "王志强");
        var campaign = NewCampaign(directory.EnterpriseId, leaders.Select(w => w.Id).ToList(), months, start, app.Clock.GetUtcNow().UtcDateTime);
        await app.InsertAsync(campaign);
        return new CampaignWorld(campaign, leaders.Select(w => w.Id).ToList());
    }
}
