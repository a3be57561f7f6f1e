using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Ladder;

/// <summary>Saving the ladder rules as a new version: what is refused (with the field to fix), and what changes from when.</summary>
public sealed class SaveLadderPolicyTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static LevelRouteLine Years(int rank, int years, int? occupationId = null) =>
        new() { TargetLevelRank = rank, YearsAtPreviousLevel = years, OccupationId = occupationId };

    private static SaveLadderPolicyCommand Valid(params LevelRouteLine[] routes) => new()
    {
        EffectiveFrom = Today, Tier1MinLevelRank = 1, Tier2MinLevelRank = 4, Note = "测试版本",
        Routes = routes.Length > 0 ? [.. routes] : [Years(2, 1), Years(3, 4), Years(4, 5)],
    };

    private static async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(TestApp app, SaveLadderPolicyCommand command)
    {
        var errors = (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(command))).Errors;
        (await app.CountAsync<LadderPolicy>()).ShouldBe(1); // only the seeded first version
        return errors;
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_tier_ranks_empty_or_half_filled_routes_and_unknown_levels_are_refused_by_field(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.SeedDirectoryAsync();

        (await RefusedAsync(app, Valid() with { Tier1MinLevelRank = 4, Tier2MinLevelRank = 3 }))
            ["Tier2MinLevelRank"].ShouldBe(["高技能人才的起点等级应高于技能人才的起点等级。"]);
        (await RefusedAsync(app, Valid() with { Tier2MinLevelRank = 9 }))["Tier2MinLevelRank"].Single().ShouldContain("共 8 级");
        (await RefusedAsync(app, Valid() with { Routes = [] })).Keys.ShouldContain("Routes");
        var errors = await RefusedAsync(app, Valid(Years(2, 1), new LevelRouteLine { TargetLevelRank = 3 },
            new LevelRouteLine { TargetLevelRank = 4, CompetitionTopN = 3 }, Years(9, 1), Years(3, 2, occupationId: 9999)));
        errors["Routes[1].YearsAtPreviousLevel"].ShouldBe(["每条晋级路径至少要有一个条件。"]);
        errors["Routes[2].CompetitionTopN"].ShouldBe(["竞赛破格条件需同时填写名次、竞赛级别和年限。"]);
        errors.Keys.ShouldNotContain("Routes[0].YearsAtPreviousLevel");
        // The database checks run once the shape is right: the ladder's height and the occupation.
        errors = await RefusedAsync(app, Valid(Years(2, 1), Years(9, 1), Years(3, 2, occupationId: 9999)));
        errors["Routes[1].TargetLevelRank"].Single().ShouldContain("超出了等级阶梯");
        errors["Routes[2].OccupationId"].ShouldBe(["所选职业不存在。"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_duplicate_route_and_a_past_or_out_of_order_date_are_refused_and_only_admins_save(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.SeedDirectoryAsync();

        var duplicate = await Should.ThrowAsync<DomainException>(() => app.SendAsync(Valid(Years(3, 4), Years(4, 5), Years(3, 4))));
        (duplicate.Code, duplicate.Field).ShouldBe(("ladder.route_duplicate", "Routes"));
        (await RefusedAsync(app, Valid() with { EffectiveFrom = Today.AddDays(-1) }))["EffectiveFrom"].Single().ShouldContain("不能早于今天");
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Organizer).SendAsync(Valid()));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: 1).SendAsync(new ListLadderPoliciesQuery()));

        (await app.RunAs(AppRoles.Admin).SendAsync(Valid() with { EffectiveFrom = Today.AddDays(60) })).ShouldBe(2);
        var late = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid() with { EffectiveFrom = Today.AddDays(30) }));
        late.Errors["EffectiveFrom"].Single().ShouldBe("生效日期不能早于第 2 版的生效日期（2026-08-29）。");
        var saved = await app.SendAsync(new GetLadderPolicyQuery(2));
        (saved.CreatedBy, saved.Note, saved.InForce, saved.Routes.Count).ShouldBe(("test-admin", "测试版本", false, 3));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_new_version_changes_the_evaluation_from_its_effective_date(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateCityAsync();
        var worker = await app.WorkerAsync(city, "Intermediate", new DateOnly(2022, 4, 1));
        // Version 2: this occupation reaches 高级工 after 4 years at 中级工 (its own route replaces the general ones).
        var current = await app.SendAsync(new GetLadderPolicyQuery(null));
        var number = await app.SendAsync(new SaveLadderPolicyCommand
        {
            EffectiveFrom = new DateOnly(2026, 8, 1), Tier1MinLevelRank = 1, Tier2MinLevelRank = 4,
            Routes = [.. current.Routes, Years(4, 4, city.D.OccupationId)],
        });

        var before = await app.SendAsync(new GetWorkerProgressQuery(worker));
        (before.PolicyNumber, before.NextLevel!.IsMet, before.NextLevel.Routes.Count).ShouldBe((1, false, 3));
        (await app.SendAsync(new ListLadderPoliciesQuery())).Select(p => (p.Number, p.InForce, p.Upcoming)).ShouldBe([(2, false, true), (1, true, false)]);

        app.Clock.Now = new DateTimeOffset(2026, 7, 31, 16, 30, 0, TimeSpan.Zero); // 00:30 on 1 August in China
        var after = await app.SendAsync(new GetWorkerProgressQuery(worker));
        after.PolicyNumber.ShouldBe(number);
        after.NextLevel!.Routes.ShouldHaveSingleItem().Requirements.Single().TextZh.ShouldBe("中级工满 4 年：已满 4.3 年");
        (after.NextLevel.IsMet, after.NextLevel.QualifiesOn).ShouldBe((true, new DateOnly(2026, 4, 1)));

        var policy = await app.SendAsync(new GetLadderPolicyQuery(null));
        policy.Number.ShouldBe(number);
        var senior = policy.Levels.Single(l => l.Rank == 4);
        senior.General.Count.ShouldBe(3);
        var own = senior.Occupations.ShouldHaveSingleItem();
        (own.OccupationId, own.Code, own.Name).ShouldBe((city.D.OccupationId, "6-18-01-01", "车工"));
        own.Routes.ShouldBe([Years(4, 4, city.D.OccupationId)]);
        policy.Levels.Where(l => l.ByAppointmentOnly).Select(l => l.Rank).ShouldBe([1, 7, 8]);
    }
}
