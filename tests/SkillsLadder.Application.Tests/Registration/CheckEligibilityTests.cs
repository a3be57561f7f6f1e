using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Registration;

/// <summary>Each eligibility rule with the directory's facts, at its boundary. The competition starts on 2026-09-01.</summary>
public sealed class CheckEligibilityTests
{
    private static async Task<(TestApp App, TestData.Directory D)> StartAsync(DatabaseProvider provider)
    {
        var app = await TestApp.StartAsync(provider);
        app.RunAs(AppRoles.Organizer);
        return (app, await app.SeedDirectoryAsync());
    }

    private static Task<EligibilityResult> CheckAsync(TestApp app, Competition c, int workerId) =>
        app.SendAsync(new CheckEligibilityQuery(c.Id, workerId));

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Occupation_must_match_when_the_rule_says_so(DatabaseProvider provider)
    {
        var (app, d) = await StartAsync(provider);
        await using var _ = app;
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(OccupationMustMatch: true));
        var turner = await app.WorkerAsync(d, "王强", 1);
        var miller = await app.WorkerAsync(d, "李娜", 2, occupationId: await app.OtherOccupationAsync());

        (await CheckAsync(app, c, turner.Id)).Eligible.ShouldBeTrue();
        var refused = await CheckAsync(app, c, miller.Id);
        refused.Eligible.ShouldBeFalse();
        refused.Reasons.ShouldHaveSingleItem().ShouldBe("职业为“铣工”，本赛限“车工”。");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Minimum_level_is_compared_by_rank_and_no_level_is_below_any(DatabaseProvider provider)
    {
        var (app, d) = await StartAsync(provider);
        await using var _ = app;
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(MinimumLevelRank: d.Level("Intermediate").Rank));
        var atMinimum = await app.WorkerAsync(d, "王强", 1, "Intermediate");
        var below = await app.WorkerAsync(d, "李娜", 2, "Junior");
        var none = await app.WorkerAsync(d, "赵磊", 3);

        (await CheckAsync(app, c, atMinimum.Id)).Eligible.ShouldBeTrue();
        (await CheckAsync(app, c, below.Id)).Reasons.ShouldBe(["技能等级为“初级工”，低于本赛要求的“中级工”。"]);
        (await CheckAsync(app, c, none.Id)).Reasons.ShouldBe(["技能等级为“无”，低于本赛要求的“中级工”。"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Maximum_level_refuses_only_levels_above_it(DatabaseProvider provider)
    {
        var (app, d) = await StartAsync(provider);
        await using var _ = app;
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(MaximumLevelRank: d.Level("Senior").Rank));
        var atMaximum = await app.WorkerAsync(d, "王强", 1, "Senior");
        var above = await app.WorkerAsync(d, "李娜", 2, "Technician");

        (await CheckAsync(app, c, atMaximum.Id)).Eligible.ShouldBeTrue();
        (await CheckAsync(app, c, above.Id)).Reasons.ShouldBe(["技能等级为“技师”，高于本赛上限“高级工”。"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Years_in_post_are_whole_years_from_hire_to_the_first_day(DatabaseProvider provider)
    {
        var (app, d) = await StartAsync(provider);
        await using var _ = app;
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(MinimumYearsInPost: 5));
        var fiveYearsThatDay = await app.WorkerAsync(d, "王强", 1, hired: new DateOnly(2021, 9, 1));
        var oneDayShort = await app.WorkerAsync(d, "李娜", 2, hired: new DateOnly(2021, 9, 2));

        (await CheckAsync(app, c, fiveYearsThatDay.Id)).Eligible.ShouldBeTrue();
        (await CheckAsync(app, c, oneDayShort.Id)).Reasons.ShouldBe(["本岗位工作 4 年，不足本赛要求的 5 年。"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Honour_cooling_off_counts_from_the_latest_honour_and_ends_on_its_anniversary(DatabaseProvider provider)
    {
        var (app, d) = await StartAsync(provider);
        await using var _ = app;
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(HonourCoolingOffYears: 2));
        var endsOnFirstDay = await app.WorkerAsync(d, "王强", 1, honours: [("市技术能手", new DateOnly(2024, 9, 1))]);
        var oneDayLate = await app.WorkerAsync(d, "李娜", 2, honours: [("市五一劳动奖章", new DateOnly(2019, 5, 1)), ("市技术能手", new DateOnly(2024, 9, 2))]);

        (await CheckAsync(app, c, endsOnFirstDay.Id)).Eligible.ShouldBeTrue();
        (await CheckAsync(app, c, oneDayLate.Id)).Reasons.ShouldBe(["2024-09-02 已获“市技术能手”，2 年内不得再参赛（至 2026-09-02）。"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Every_broken_rule_is_a_reason_and_only_organizers_may_ask(DatabaseProvider provider)
    {
        var (app, d) = await StartAsync(provider);
        await using var _ = app;
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(true, d.Level("Senior").Rank, null, 20, null));
        var worker = await app.WorkerAsync(d, "李娜", 2, "Junior", occupationId: await app.OtherOccupationAsync());

        (await CheckAsync(app, c, worker.Id)).Reasons.Count.ShouldBe(3);
        app.RunAs(AppRoles.Judge, userId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => CheckAsync(app, c, worker.Id));
        app.RunAs(AppRoles.Organizer);
        await Should.ThrowAsync<NotFoundException>(() => CheckAsync(app, c, 999999));
    }
}
