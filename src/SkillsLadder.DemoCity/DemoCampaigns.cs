using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.DemoCity;

/// <summary>
/// This year's key-project labour competition (DOMAIN.md §4): four crews and three individuals of one enterprise,
/// assessed monthly on 六比一创 with the published example rules. Every month before the current one is assessed and
/// locked (one with a safety accident, vetoed), so the standings, the banner history and the year so far are there to
/// look at; the current month is open for an organizer to try entering.
/// </summary>
public static class DemoCampaigns
{
    public const string CampaignName = "轨道交通三号线建设“六比一创”劳动竞赛";
    private static readonly string[] Crews = ["钢筋一班", "混凝土二班", "盾构三班", "机电安装四班"];

    public static async Task SeedAsync(SkillsLadderDbContext db, DateTime now, CancellationToken ct)
    {
        if (await db.Campaigns.AnyAsync(ct)) return;
        var enterpriseId = await db.Workers.GroupBy(w => w.EnterpriseId).Where(g => g.Count() >= 7).Select(g => g.Key)
            .OrderBy(id => id).FirstOrDefaultAsync(ct);
        var workers = await db.Workers.Where(w => w.EnterpriseId == enterpriseId).OrderBy(w => w.Id)
            .Select(w => new { w.Id, Name = w.FullName }).Take(7).ToListAsync(ct);
        if (workers.Count < 7) return;
        var today = DateOnly.FromDateTime(now.AddHours(8));
        var campaign = new Campaign(CampaignName, CampaignKind.KeyProject, "轨道交通三号线土建及机电工程", "市总工会、市重点工程建设指挥部",
            new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), PeriodCadence.Monthly, now);
        campaign.PlanPeriods();
        var units = Crews.Select((name, i) => campaign.AddUnit(name, UnitKind.Crew, enterpriseId, workers[i].Id)).ToList();
        campaign.ReplaceScheme(Scheme(), 1, 1, "demo", now);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        foreach (var worker in workers.Skip(4)) campaign.AddIndividual(worker.Id, worker.Name, enterpriseId, units[0].Id);
        campaign.Start();
        await db.SaveChangesAsync(ct);

        var scheme = campaign.Schemes.Single();
        var indicators = scheme.Indicators.ToDictionary(i => i.Code);
        var events = scheme.Indicators.SelectMany(i => i.Events).ToDictionary(e => e.Code);
        var random = new Random(2026);
        foreach (var period in campaign.Periods.Where(p => p.EndsOn < new DateOnly(today.Year, today.Month, 1)).OrderBy(p => p.Number))
        {
            foreach (var participant in campaign.Participants)
            {
                var assessment = new PeriodAssessment(campaign.Id, period.Id, participant.Id, scheme.Id);
                var accident = period.Number == 3 && participant.Id == units[1].Id;
                assessment.Record([new(indicators["S"], Mark.Round(random.Next(-8, 13) / 2m))],
                [
                    new(events["Q1"], random.Next(0, 4)), new(events["A1"], random.Next(0, 3)), new(events["I1"], random.Next(0, 4)),
                    new(events["C1"], random.Next(0, 3)), new(events["AV"], accident ? 1 : 0),
                ], "demo", now);
                assessment.Submit(scheme, "demo", now);
                assessment.Lock("demo", now);
                db.PeriodAssessments.Add(assessment);
            }
            period.Lock(0, "demo", now);
        }
        // Seeded outside any command, so no hook asks for the ranking: the demand does, and the sweep ranks it.
        db.CampaignStandingsDemands.Add(new CampaignStandingsDemand(campaign.Id, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Five items × 100 points; ±1 per day ahead of or behind schedule; −1 per rectification notice; −5 per violation.</summary>
    public static IndicatorSchemeDefinition Scheme() => new(
    [
        new("S", "工程进度", IndicatorCategory.Schedule, 100, Mark.Round(100),
            new MeasureSpec("天", Mark.Zero, MeasureDirection.HigherIsBetter, Mark.Round(1), Mark.Round(1), Mark.Round(-60), Mark.Round(60)),
            Mark.Round(10), null, []),
        new("Q", "工程质量", IndicatorCategory.Quality, 100, Mark.Round(100), null, null, null,
            [new("Q1", "整改通知单", Mark.Round(-1), false, 99), new("QV", "质量事故", Mark.Zero, true, 9)]),
        new("A", "安全生产", IndicatorCategory.Safety, 100, Mark.Round(100), null, null, Mark.Round(30),
            [new("A1", "安全违章", Mark.Round(-5), false, 99), new("AV", "安全事故", Mark.Zero, true, 9)]),
        new("I", "技术创新", IndicatorCategory.Innovation, 100, Mark.Round(100), null, Mark.Round(10), null,
            [new("I1", "合理化建议被采纳", Mark.Round(2), false, 99)]),
        new("C", "文明施工", IndicatorCategory.CivilisedConstruction, 100, Mark.Round(100), null, null, null,
            [new("C1", "文明施工检查扣分项", Mark.Round(-1), false, 99)]),
    ]);
}
