using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Application.Tests.Ladder;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Training;

/// <summary>
/// Mentoring and studios as ladder evidence, read from the tables: a completed pair counts for the mentor (levels gained)
/// and for the apprentice; a studio lead counts from the founding day, a member from joining to leaving, and a failed
/// latest review stops both. The progress view, the timeline and the route text show them.
/// </summary>
public sealed class GrowthEvidenceTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Completed_pairs_and_studio_roles_reach_the_facts_the_progress_and_the_timeline(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var pair = new MentoringPair(city.Zhou, 5, city.Li, 3, city.EnterpriseA, "每周两次实操指导，三个月内掌握数控编程。",
            new DateOnly(2026, 1, 5), new DateOnly(2026, 5, 5), [("掌握编程基础", new DateOnly(2026, 3, 1))]);
        foreach (var party in Enum.GetValues<MentoringParty>()) pair.SignPlan(party, new DateOnly(2026, 1, 5));
        foreach (var party in Enum.GetValues<MentoringParty>()) pair.SignOffMilestone(1, party, new DateOnly(2026, 3, 1));
        pair.Complete(4, new DateOnly(2026, 5, 6));
        var studio = new InnovationStudio("周志强劳模创新工作室", StudioKind.ModelWorkerCraftsman, city.EnterpriseA, city.Zhou, new DateOnly(2024, 3, 1));
        studio.Join(city.Li, new DateOnly(2025, 2, 1));
        studio.Review(2025, StudioReviewGrade.Good, null, "reviewer");
        var failed = new InnovationStudio("港联技能大师工作室", StudioKind.SkillMaster, city.EnterpriseB, city.Zhao, new DateOnly(2024, 1, 1));
        failed.Review(2025, StudioReviewGrade.Fail, "无成果", "reviewer");
        await app.InsertAsync(pair, studio, failed);

        var facts = await app.QueryAsync(db => db.ReadFactsAsync([city.Zhou, city.Li, city.Zhao], CancellationToken.None));
        facts[city.Zhou].Mentoring.ShouldBe([new MentoringHeld(true, "李娜", 1, new DateOnly(2026, 5, 6))]);
        facts[city.Li].Mentoring.ShouldBe([new MentoringHeld(false, "周志强", 1, new DateOnly(2026, 5, 6))]);
        facts[city.Zhou].Studios.ShouldBe([new StudioHeld("周志强劳模创新工作室", true, new DateOnly(2024, 3, 1), null, false)]);
        facts[city.Li].Studios.ShouldBe([new StudioHeld("周志强劳模创新工作室", false, new DateOnly(2025, 2, 1), null, false)]);
        facts[city.Zhao].Studios.Single().LatestReviewFailed.ShouldBeTrue();

        await app.SendAsync(new SaveLadderPolicyCommand
        {
            EffectiveFrom = new DateOnly(2026, 6, 30), Tier1MinLevelRank = 1, Tier2MinLevelRank = 4,
            Routes = [new() { TargetLevelRank = 4, ApprenticeshipCompleted = true, StudioRole = StudioRequirement.Member }],
        });
        var li = await app.RunAs(AppRoles.Worker, workerId: city.Li).SendAsync(new GetWorkerProgressQuery(city.Li));
        li.NextLevel!.Routes.Single().Requirements.Select(r => (r.Kind, r.IsMet, r.MetOn, r.TextZh)).ShouldBe(
        [
            (RequirementKind.ApprenticeshipCompleted, true, (DateOnly?)new DateOnly(2026, 5, 6), "以徒弟身份完成师带徒培养：已完成"),
            (RequirementKind.StudioRole, true, (DateOnly?)new DateOnly(2025, 2, 1), "加入创新工作室：现为成员（周志强劳模创新工作室）"),
        ]);
        li.Timeline.Select(t => t.TextZh).ShouldContain("学徒结业：师傅周志强");
        li.Timeline.Select(t => t.TextZh).ShouldContain("加入创新工作室：周志强劳模创新工作室");
        var zhou = await app.RunAs(AppRoles.Worker, workerId: city.Zhou).SendAsync(new GetWorkerProgressQuery(city.Zhou));
        zhou.Timeline.Select(t => t.TextZh).ShouldContain("带徒结业：徒弟李娜（晋升 1 级）");
        zhou.Timeline.Select(t => t.TextZh).ShouldContain("领办创新工作室：周志强劳模创新工作室");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_worker_page_names_the_professional_title_of_the_level_from_the_table(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var senior = await app.WorkerAsync(city.Directory, "Senior", new DateOnly(2020, 1, 10), name: "高工");
        var progress = await app.SendAsync(new GetWorkerProgressQuery(senior));
        (progress.TitleEquivalent, progress.TitleGrade).ShouldBe(("助理工程师", (TitleGrade?)TitleGrade.Assistant));
    }
}
