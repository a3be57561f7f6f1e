using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Tests.Training;

/// <summary>
/// Completed training as ladder evidence end to end: a policy whose route to 高级工 needs 40 hours of approved training
/// within 3 years; the worker's progress shows the requirement unmet, then met on the day of the result, and the
/// timeline and the hours report show the completion.
/// </summary>
public sealed class TrainingLadderTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_completion_meets_the_training_route_on_the_result_day_and_shows_on_the_timeline(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var number = await app.SendAsync(new SaveLadderPolicyCommand
        {
            EffectiveFrom = new DateOnly(2026, 6, 30), Tier1MinLevelRank = 1, Tier2MinLevelRank = 4,
            Routes = [new() { TargetLevelRank = 4, YearsAtPreviousLevel = 5 }, new() { TargetLevelRank = 4, TrainingHours = 40, TrainingWithinYears = 3 }],
        });
        var policy = await app.SendAsync(new GetLadderPolicyQuery(number));
        policy.Routes[1].ShouldBe(new LevelRouteLine { TargetLevelRank = 4, TrainingHours = 40, TrainingWithinYears = 3 });
        RouteText.Describe(policy.Routes[1], policy.LevelNames()).Zh.ShouldBe("近 3 年完成经认定的培训 40 学时");

        var before = (await Progress()).Routes[1].Requirements.Single();
        (before.Kind, before.IsMet, before.Current, before.Target).ShouldBe((RequirementKind.TrainingHours, false, 0, 40));
        before.TextZh.ShouldBe("近 3 年完成经认定的培训 40 学时：已有 0 学时");

        var zhou = await app.EnrolAsync(city, city.Zhou);
        await app.SendAsync(new SaveTrainingRosterCommand(city.ProgrammeId, TrainingWorld.FullWeek(zhou)));
        app.Clock.Now = new DateTimeOffset(2026, 7, 16, 2, 0, 0, TimeSpan.Zero);
        await app.SendAsync(new RecordTrainingResultCommand { EnrolmentId = zhou, Passed = true, On = new DateOnly(2026, 7, 15), Version = 1 });

        var next = await Progress();
        var met = next.Routes[1].Requirements.Single();
        (met.IsMet, met.Current, met.MetOn, met.TextEn).ShouldBe((true, 40, (DateOnly?)new DateOnly(2026, 7, 15),
            "40 hours of approved training within 3 years: 40 so far"));
        (next.IsMet, next.QualifiesOn).ShouldBe((true, new DateOnly(2026, 7, 15)));
        var view = await app.RunAs(AppRoles.Worker, workerId: city.Zhou).SendAsync(new GetWorkerProgressQuery(city.Zhou));
        view.Timeline[0].ShouldBe(new TimelineEntry(new DateOnly(2026, 7, 15), TimelineKind.TrainingCompleted,
            "培训结业：数控车床高级操作培训（40 学时）", "Training completed: 数控车床高级操作培训 (40 hours)"));
        // 中级工 has no professional title equivalent (the table starts at 高级工).
        view.TitleEquivalent.ShouldBeNull();

        var report = await app.RunAs(AppRoles.Admin).SendAsync(new GetTrainingHoursReportQuery { Year = 2026 });
        report.ByTier.Select(r => (r.NameZh, r.Completions, r.People, r.Hours, r.ApprovedHours)).ShouldBe([("高技能人才", 1, 1, 40L, 40L)]);
        report.ByIndustry.Single().Hours.ShouldBe(40);
        (await app.SendAsync(new GetTrainingHoursReportQuery { Year = 2025 })).Total.Hours.ShouldBe(0);
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseB)
            .SendAsync(new GetTrainingHoursReportQuery { Year = 2026, EnterpriseId = city.EnterpriseA }));

        async Task<StepView> Progress() => (await app.RunAs(AppRoles.Worker, workerId: city.Zhou).SendAsync(new GetWorkerProgressQuery(city.Zhou))).NextLevel!;
    }
}
