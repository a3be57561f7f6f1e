using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Testing;

/// <summary>
/// A hand-worked labour campaign built straight through the domain (the setup and entry commands live elsewhere):
/// 城东快速路劳动竞赛, January–March 2026, monthly; crews 一班组 (leader 陈一刚), 二班组 (leader 王二虎) and 三班组 (no
/// leader); individuals 李四海 and 赵五岳; awards: two units, one individual. Scheme v1 (months 1–2): 工期进度 S
/// (100 base, +1 per day ahead capped at +10, −2 per day behind) × 60%, 安全生产 A (100 base, −5 per violation A1,
/// an accident A2 vetoes) × 40%; v2 (from month 3): the same at 50% / 50%.
/// <code>
///            month 1 (locked)               month 2 (locked)                    cumulative
/// 一班组     S+3, A1×1: 61.80+38.00= 99.80   S+4: 62.40+40.00=102.40 (banner)     202.20  1st
/// 二班组     S+5:       63.00+40.00=103.00 (banner)  S+8, accident: 0 (vetoed)     103.00  3rd (1 veto)
/// 三班组     S−1:       58.80+40.00= 98.80   S+12 (capped +10), A1×2: 66.00+36.00=102.00  200.80  2nd
/// 李四海     S+2:       61.20+40.00=101.20   S0, A1×1: 60.00+38.00= 98.00         199.20  2nd
/// 赵五岳     S+1:       60.60+40.00=100.60   S+1:      60.60+40.00=100.60         201.20  1st
/// </code>
/// Month 3 (open, scheme v2): 一班组 submitted S+2 → 51.00+50.00=101.00 (provisional); 李四海 a draft (not ranked).
/// With <c>finish</c>: month 3 fully submitted and locked (二班组 S+1 100.50, 三班组 S0 100.00, 李四海 S0 100.00,
/// 赵五岳 S+3 101.50) and the campaign closed: cumulative 一班组 303.20, 三班组 300.80, 二班组 203.50; 赵五岳 302.70,
/// 李四海 299.20.
/// </summary>
public static class CampaignStandingsData
{
    private static int _serial;

    public sealed record Built(int CampaignId, IReadOnlyDictionary<string, int> Participants, IReadOnlyDictionary<string, int> Workers,
        IReadOnlyList<int> PeriodIds);

    public static IndicatorSchemeDefinition Scheme(int scheduleWeight, int safetyWeight) => new(
    [
        new IndicatorSpec("S", "工期进度", IndicatorCategory.Schedule, scheduleWeight, new Mark(10000),
            new MeasureSpec("天", new Mark(0), MeasureDirection.HigherIsBetter, new Mark(100), new Mark(200), new Mark(-3000), new Mark(3000)),
            new Mark(1000), null, []),
        new IndicatorSpec("A", "安全生产", IndicatorCategory.Safety, safetyWeight, new Mark(10000), null, null, new Mark(3000),
            [new EventSpec("A1", "安全违章", new Mark(-500), false, 99), new EventSpec("A2", "安全事故", new Mark(0), true, 9)]),
    ]);

    public static async Task<Built> CreateAsync(SkillsLadderDbContext db, int enterpriseId, int occupationId, bool finish = false)
    {
        var now = DateTime.UtcNow;
        var names = new[] { "陈一刚", "王二虎", "李四海", "赵五岳" };
        var workers = names.Select(n => new Worker(n, TestData.IdNumber(new DateOnly(1986, 6, 6).AddDays(Interlocked.Increment(ref _serial)), 501),
            enterpriseId, occupationId, new DateOnly(2010, 9, 1), true)).ToList();
        db.AddRange(workers);
        await db.SaveChangesAsync();

        var campaign = new Campaign("城东快速路劳动竞赛", CampaignKind.KeyProject, "城东快速路", "市总工会",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), PeriodCadence.Monthly, now);
        campaign.PlanPeriods();
        var one = campaign.AddUnit("一班组", UnitKind.Crew, enterpriseId, workers[0].Id);
        var two = campaign.AddUnit("二班组", UnitKind.Crew, enterpriseId, workers[1].Id);
        var three = campaign.AddUnit("三班组", UnitKind.Crew, enterpriseId, null);
        db.Add(campaign);
        await db.SaveChangesAsync();
        var li = campaign.AddIndividual(workers[2].Id, workers[2].FullName, enterpriseId, null);
        var zhao = campaign.AddIndividual(workers[3].Id, workers[3].FullName, enterpriseId, null);
        campaign.SetAwardCounts(2, 1);
        campaign.ReplaceScheme(Scheme(60, 40), 1, 1, "organizer", now);
        campaign.ReplaceScheme(Scheme(50, 50), 3, 1, "organizer", now);
        campaign.Start();
        await db.SaveChangesAsync();

        var periods = campaign.Periods.OrderBy(p => p.Number).ToList();
        // (participant, S in days, violations, accidents) per month.
        (CampaignParticipant, int, int, int)[][] months =
        [
            [(one, 3, 1, 0), (two, 5, 0, 0), (three, -1, 0, 0), (li, 2, 0, 0), (zhao, 1, 0, 0)],
            [(one, 4, 0, 0), (two, 8, 0, 1), (three, 12, 2, 0), (li, 0, 1, 0), (zhao, 1, 0, 0)],
            finish ? [(one, 2, 0, 0), (two, 1, 0, 0), (three, 0, 0, 0), (li, 0, 0, 0), (zhao, 3, 0, 0)] : [(one, 2, 0, 0)],
        ];
        for (var m = 0; m < 3; m++)
        {
            var scheme = campaign.SchemeFor(periods[m])!;
            var lockIt = m < 2 || finish;
            foreach (var (participant, days, violations, accidents) in months[m])
                db.Add(Assess(campaign.Id, periods[m], participant, scheme, days, violations, accidents, submit: true, lockIt, now));
            if (m == 2 && !finish) db.Add(Assess(campaign.Id, periods[m], li, scheme, 0, 0, 0, submit: false, false, now));
            if (lockIt) periods[m].Lock(0, "organizer", now);
        }
        if (finish) campaign.Close();
        // Built outside any command, so no hook demanded its ranking: the demand the app's commands would have left.
        db.CampaignStandingsDemands.Add(new CampaignStandingsDemand(campaign.Id, now));
        await db.SaveChangesAsync();
        return new Built(campaign.Id,
            new Dictionary<string, int> { ["一班组"] = one.Id, ["二班组"] = two.Id, ["三班组"] = three.Id, ["李四海"] = li.Id, ["赵五岳"] = zhao.Id },
            workers.ToDictionary(w => w.FullName, w => w.Id), periods.Select(p => p.Id).ToList());
    }

    private static PeriodAssessment Assess(int campaignId, CampaignPeriod period, CampaignParticipant participant, IndicatorScheme scheme,
        int days, int violations, int accidents, bool submit, bool lockIt, DateTime now)
    {
        var assessment = new PeriodAssessment(campaignId, period.Id, participant.Id, scheme.Id);
        var schedule = scheme.Indicators.Single(i => i.Code == "S");
        var events = scheme.Indicators.Single(i => i.Code == "A").Events.ToList();
        assessment.Record([new AssessmentValueInput(schedule, new Mark(days * 100))],
            [new AssessmentCountInput(events.Single(e => e.Code == "A1"), violations), new AssessmentCountInput(events.Single(e => e.Code == "A2"), accidents)],
            "organizer", now);
        if (submit) assessment.Submit(scheme, "organizer", now);
        if (lockIt) assessment.Lock("organizer", now);
        return assessment;
    }
}
