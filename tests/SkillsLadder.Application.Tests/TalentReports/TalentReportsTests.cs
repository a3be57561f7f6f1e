using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Tests.TalentReports;

/// <summary>The federation's talent reports on <see cref="TalentCity"/>: every expected number is counted from its description.</summary>
public sealed class TalentReportsTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Overview_counts_tiers_levels_and_the_high_skilled_share(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await TalentCity.CreateAsync(app);

        var all = await app.SendAsync(new GetTalentOverviewQuery());
        var building = await app.SendAsync(new GetTalentOverviewQuery { IndustryId = city.IndustryE48 });

        // 9 workers, 8 with a level; tier 1 a3 b1 c3, tier 2 a1 b2 c1 c2, tier 3 a2, none a4; high-skilled 5 of 8.
        all.Counts.ShouldBe(new TalentCounts(9, 8, 3, 4, 1));
        all.Counts.HighSkilledSharePercent.ShouldBe(62.5m);
        all.Tiers.Select(t => (t.Tier, t.Count)).ShouldBe([(TalentTier.None, 1), (TalentTier.SkilledWorker, 3), (TalentTier.HighSkilledWorker, 4), (TalentTier.Craftsman, 1)]);
        // Junior c3; Intermediate b1 a3; Senior a1 b2 c1; Technician a2; Senior technician c2; no level a4.
        all.Levels.Where(l => l.Count > 0).Select(l => (l.Rank, l.Count)).ShouldBe([(2, 1), (3, 2), (4, 3), (5, 1), (6, 1), (null, 1)]);
        building.Counts.ShouldBe(new TalentCounts(3, 3, 1, 2, 0));
        building.Counts.HighSkilledSharePercent.ShouldBe(66.7m);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task By_industry_and_by_enterprise_top_first_and_paged(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await TalentCity.CreateAsync(app);

        var industries = await app.SendAsync(new GetTalentByIndustryQuery());
        var first = await app.SendAsync(new GetTalentByEnterpriseQuery { PageSize = 2 });
        var second = await app.SendAsync(new GetTalentByEnterpriseQuery { PageSize = 2, Page = 2 });
        var byTotal = await app.SendAsync(new GetTalentByEnterpriseQuery { Sort = EnterpriseTalentSort.Total, IndustryId = city.IndustryC34 });

        // C34 = A + B: a1..a4, b1, b2; E48 = C.
        industries.Select(i => (i.IndustryId, i.Counts)).ShouldBe([
            (city.IndustryC34, new TalentCounts(6, 5, 2, 2, 1)), (city.IndustryE48, new TalentCounts(3, 3, 1, 2, 0))]);
        industries[0].Counts.HighSkilledSharePercent.ShouldBe(60.0m);
        // High-skilled: A 2 of 4, C 2 of 3, B 1 of 2.
        first.Items.Select(e => (e.EnterpriseId, e.Counts.HighSkilled)).ShouldBe([(city.A, 2), (city.C, 2)]);
        (first.TotalCount, first.PageCount).ShouldBe((3, 2));
        second.Items.Select(e => e.EnterpriseId).ShouldBe([city.B]);
        byTotal.Items.Select(e => (e.EnterpriseId, e.Counts.Total)).ShouldBe([(city.A, 4), (city.B, 2)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task By_year_counts_each_worker_at_their_level_of_that_year_end(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TalentCity.CreateAsync(app);

        var years = await app.SendAsync(new GetTalentByYearQuery { FromYear = 2023, ToYear = 2026 });

        years.Select(y => y.AsOf).ShouldBe([new DateOnly(2023, 12, 31), new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31), new DateOnly(2026, 6, 30)]);
        // 2023: Junior a3 c3; Intermediate b1 b2; Senior a1 c1; Technician a2; Senior technician c2 → high 4 of 8.
        years[0].Levels.Where(l => l.Count > 0).Select(l => (l.Rank, l.Count)).ShouldBe([(2, 2), (3, 2), (4, 2), (5, 1), (6, 1)]);
        (years[0].WithLevel, years[0].HighSkilled, years[0].HighSkilledSharePercent).ShouldBe((8, 4, 50.0m));
        // 2024: b2 became Senior → 5 of 8. 2025: a3 became Intermediate → Junior 1, Intermediate 2.
        (years[1].HighSkilled, years[1].HighSkilledSharePercent).ShouldBe((5, 62.5m));
        years[2].Levels.Where(l => l.Count > 0).Select(l => (l.Rank, l.Count)).ShouldBe([(2, 1), (3, 2), (4, 3), (5, 1), (6, 1)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Flows_count_the_dated_tier_changes_per_period(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await TalentCity.CreateAsync(app);

        var monthly = await app.SendAsync(new GetTierFlowsQuery { By = FlowPeriod.Month, From = new DateOnly(2026, 1, 1) });
        var yearly = await app.SendAsync(new GetTierFlowsQuery());
        var enterpriseA = await app.SendAsync(new GetTierFlowsQuery { EnterpriseId = city.A });

        // 2026-03-10 first ratings: → 1 a3 b1 c3, → 2 b2 c1 c2, → 3 a1 a2; 2026-05-02 a1 3 → 2.
        monthly.Flows.Select(f => (f.Period, f.From, f.To, f.Count)).ShouldBe([
            ("2026-03", TalentTier.None, TalentTier.SkilledWorker, 3), ("2026-03", TalentTier.None, TalentTier.HighSkilledWorker, 3),
            ("2026-03", TalentTier.None, TalentTier.Craftsman, 2), ("2026-05", TalentTier.Craftsman, TalentTier.HighSkilledWorker, 1)]);
        (monthly.Up, monthly.Down).ShouldBe((8, 1));
        (yearly.From, yearly.To).ShouldBe((new DateOnly(2022, 1, 1), new DateOnly(2026, 6, 30)));
        yearly.Flows.Select(f => (f.Period, f.Count)).ShouldBe([("2026", 3), ("2026", 3), ("2026", 2), ("2026", 1)]);
        enterpriseA.Flows.Sum(f => f.Count).ShouldBe(4); // a1 twice, a2, a3
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enterprise_HR_sees_only_its_enterprise_and_workers_and_judges_see_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await TalentCity.CreateAsync(app);

        app.RunAs(AppRoles.HrReviewer, enterpriseId: city.B);
        (await app.SendAsync(new GetTalentOverviewQuery())).Counts.ShouldBe(new TalentCounts(2, 2, 1, 1, 0));
        (await app.SendAsync(new GetTalentByEnterpriseQuery())).Items.Select(e => e.EnterpriseId).ShouldBe([city.B]);
        (await app.SendAsync(new GetTalentByYearQuery { FromYear = 2023, ToYear = 2023 }))[0].WithLevel.ShouldBe(2);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetTalentByIndustryQuery { EnterpriseId = city.A }));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ExportTalentReportQuery { Kind = TalentReportKind.Flows, EnterpriseId = city.A }));

        app.RunAs(AppRoles.HrReviewer); // the federation's reviewer
        (await app.SendAsync(new GetTalentOverviewQuery())).Counts.Total.ShouldBe(9);
        app.RunAs(AppRoles.Organizer);
        (await app.SendAsync(new GetTierFlowsQuery())).Flows.Sum(f => f.Count).ShouldBe(9);
        foreach (var role in new[] { AppRoles.Worker, AppRoles.Judge })
        {
            app.RunAs(role, workerId: city.Workers[0]);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetTalentOverviewQuery()));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetTierFlowsQuery()));
        }
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_filters_are_refused_and_each_report_exports_to_xlsx(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TalentCity.CreateAsync(app);

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new GetTalentByYearQuery { FromYear = 2026, ToYear = 2020 }));
        error.Errors.Keys.ShouldContain("FromYear");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new GetTalentByYearQuery { ToYear = 2027 }))).Errors.Keys.ShouldContain("ToYear");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new GetTierFlowsQuery { By = (FlowPeriod)7 }))).Errors.Keys.ShouldContain("By");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new GetTalentOverviewQuery { EnterpriseId = -1 }))).Errors.Keys.ShouldContain("EnterpriseId");

        var enterprises = await ReadAsync(app, TalentReportKind.Enterprises);
        enterprises.Rows.Select(r => (r.Get("名次"), r.Get("企业"), decimal.Parse(r.Get("高技能人才占比(%)"), System.Globalization.CultureInfo.InvariantCulture))).ShouldBe([
            ("1", "杭州恒达精密机械有限公司", 66.7m), ("2", "杭州丙建设集团有限公司", 66.7m), ("3", "杭州乙机械有限公司", 50m)]);
        foreach (var kind in Enum.GetValues<TalentReportKind>())
            (await ReadAsync(app, kind)).Rows.ShouldNotBeEmpty();
    }

    private static async Task<Table> ReadAsync(TestApp app, TalentReportKind kind)
    {
        var file = await app.SendAsync(new ExportTalentReportQuery { Kind = kind, FromYear = 2024 });
        file.FileName.ShouldBe($"talent-{kind.ToString().ToLowerInvariant()}.xlsx");
        return TabularFile.Read(new MemoryStream(file.Content), file.FileName);
    }
}
