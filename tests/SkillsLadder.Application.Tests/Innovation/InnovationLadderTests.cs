using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Tests.Innovation;

/// <summary>
/// Accepted entries as ladder evidence end to end: an admin adds "2 accepted innovations within 2 years" as a route to
/// 高级工; the worker's progress shows the requirement counting, then met on the day the second entry is accepted.
/// </summary>
public sealed class InnovationLadderTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Two_accepted_entries_open_the_innovation_route_on_the_day_of_the_second(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        var number = await app.SendAsync(new SaveLadderPolicyCommand
        {
            EffectiveFrom = new DateOnly(2026, 6, 30), Tier1MinLevelRank = 1, Tier2MinLevelRank = 4,
            Routes = [new() { TargetLevelRank = 4, YearsAtPreviousLevel = 5 }, new() { TargetLevelRank = 4, InnovationsAccepted = 2, InnovationsWithinYears = 2 }],
        });
        var policy = await app.SendAsync(new GetLadderPolicyQuery(number));
        policy.Routes[1].ShouldBe(new LevelRouteLine { TargetLevelRank = 4, InnovationsAccepted = 2, InnovationsWithinYears = 2 });
        RouteText.Describe(policy.Routes[1], policy.LevelNames()).Zh.ShouldBe("近 2 年有 2 项创新成果（五小、合理化建议）被采纳");

        var first = await app.SubmittedAsync(city, "改进钢筋下料流程");
        var second = await app.SubmittedAsync(city, "焊接工装改造", city.Colleague);
        var notAdopted = await app.SubmittedAsync(city, "设备点检表简化");
        await app.SendAsync(InnovationWorld.Acceptance(first, "6000"));
        await app.SendAsync(new AssessInnovationCommand { EntryId = notAdopted, Version = 0, Adopted = false, Note = "不宜简化。" });

        var route = (await Progress()).Routes[1];
        route.IsMet.ShouldBeFalse();
        var innovations = route.Requirements.Single();
        (innovations.Kind, innovations.Current, innovations.Target, innovations.MetOn).ShouldBe((RequirementKind.InnovationsAccepted, 1, 2, (DateOnly?)null));
        (innovations.TextZh, innovations.TextEn).ShouldBe(("近 2 年有 2 项创新成果被采纳：已有 1 项", "2 accepted innovations within 2 years: 1 so far"));
        // 中级工 since 2022-04-01 is 4.1 years of 5 (82%); one of two entries is 50%: the best route shows.
        (await Progress()).ProgressPercent.ShouldBe(82);

        app.Clock.Now = app.Clock.Now.AddDays(9);
        await app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA).SendAsync(InnovationWorld.Acceptance(second, "25000"));

        var next = await Progress();
        (next.IsMet, next.QualifiesOn).ShouldBe((true, new DateOnly(2026, 7, 9)));
        next.Routes[1].Requirements.Single().TextZh.ShouldBe("近 2 年有 2 项创新成果被采纳：已有 2 项");
        // The co-author of the second entry holds one, not two.
        var colleague = (await app.RunAs(AppRoles.Worker, workerId: city.Colleague).SendAsync(new GetWorkerProgressQuery(city.Colleague))).NextLevel!;
        colleague.Routes[1].Requirements.Single().Current.ShouldBe(1);

        async Task<StepView> Progress() => (await app.RunAs(AppRoles.Worker, workerId: city.Lead).SendAsync(new GetWorkerProgressQuery(city.Lead))).NextLevel!;
    }
}
