using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Tests.Training;

/// <summary>
/// Hand-worked cases of the issue-9 evidence on 2026-11-21 for the route to 技师 (rank 5) of a 高级工 since 2025-06-01:
/// "120 approved training hours within 3 years", "2 apprentices raised a level within 5 years", "a completed
/// apprenticeship", "leads / belongs to a studio in good standing". Windows exclude the day exactly N years ago.
/// </summary>
public sealed class TrainingRouteTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Requirement Single(TrainingAndMentoring conditions, WorkerFacts facts)
    {
        var policy = new LadderPolicy(2, new DateOnly(2026, 1, 1), 1, 4,
            [new LevelRoute(5, null, null, null, null, null, null, null, training: conditions)], null, "admin", DateTime.UnixEpoch);
        return LadderEvaluator.Evaluate(facts, policy, topLevelRank: 8, Today).NextLevel!.Routes.Single().Requirements.Single();
    }

    private static WorkerFacts Facts() => new(1, new DateOnly(2012, 1, 1), Education.None, [new LevelHeld(4, new DateOnly(2025, 6, 1))], [], []);

    [Fact]
    public void Training_hours_add_up_approved_completions_inside_the_window_and_are_met_when_the_sum_reaches_the_target()
    {
        var facts = Facts() with
        {
            Training =
            [
                new("数控编程提高班", 80, true, new DateOnly(2023, 11, 21)),   // exactly 3 years ago: outside
                new("安全生产管理", 40, true, new DateOnly(2024, 3, 1)),        // 40
                new("企业内训（未认定）", 200, false, new DateOnly(2025, 1, 1)), // not approved: never counts
                new("多轴加工", 64, true, new DateOnly(2025, 9, 10)),           // 104
                new("精益生产", 24, true, new DateOnly(2026, 5, 20)),           // 128 ≥ 120 here
                new("明年的班", 40, true, new DateOnly(2026, 12, 1)),           // not completed yet
            ],
        };
        var requirement = Single(new TrainingAndMentoring(TrainingHours: 120, TrainingWithinYears: 3), facts);
        requirement.Kind.ShouldBe(RequirementKind.TrainingHours);
        (requirement.Current, requirement.Target, requirement.IsMet, requirement.MetOn).ShouldBe((128, 120, true, new DateOnly(2026, 5, 20)));

        var short_ = Single(new TrainingAndMentoring(TrainingHours: 130, TrainingWithinYears: 3), facts);
        (short_.Current, short_.IsMet, short_.MetOn).ShouldBe((128, false, (DateOnly?)null));
    }

    [Fact]
    public void Mentoring_counts_completed_pairs_whose_apprentice_rose_a_level_and_is_met_on_the_nth()
    {
        var facts = Facts() with
        {
            Mentoring =
            [
                new(true, "王徒一", 1, new DateOnly(2022, 6, 30)),
                new(true, "王徒二", 0, new DateOnly(2024, 6, 30)),  // completed, but no level gained
                new(true, "王徒三", 2, new DateOnly(2025, 12, 31)),
                new(false, "李师傅", 1, new DateOnly(2018, 6, 30)), // as the apprentice: not for this condition
            ],
        };
        var requirement = Single(new TrainingAndMentoring(ApprenticesMentored: 2, MentoringWithinYears: 5), facts);
        (requirement.Current, requirement.IsMet, requirement.MetOn).ShouldBe((2, true, new DateOnly(2025, 12, 31)));
        var four = Single(new TrainingAndMentoring(ApprenticesMentored: 2, MentoringWithinYears: 4), facts);
        (four.Current, four.IsMet).ShouldBe((1, false));

        var apprenticeship = Single(new TrainingAndMentoring(ApprenticeshipCompleted: true), facts);
        (apprenticeship.IsMet, apprenticeship.MetOn).ShouldBe((true, new DateOnly(2018, 6, 30)));
        Single(new TrainingAndMentoring(ApprenticeshipCompleted: true), Facts()).IsMet.ShouldBeFalse();
    }

    [Fact]
    public void A_studio_counts_while_held_and_not_failed_and_lead_asks_for_more_than_member()
    {
        var member = Facts() with { Studios = [new("数控技能大师工作室", false, new DateOnly(2024, 4, 1), null, false)] };
        Single(new TrainingAndMentoring(StudioRole: StudioRequirement.Member), member).MetOn.ShouldBe(new DateOnly(2024, 4, 1));
        var lead = Single(new TrainingAndMentoring(StudioRole: StudioRequirement.Lead), member);
        (lead.IsMet, lead.Current, lead.Target).ShouldBe((false, 1, 2));

        var failed = Facts() with { Studios = [new("劳模创新工作室", true, new DateOnly(2020, 1, 1), null, true)] };
        Single(new TrainingAndMentoring(StudioRole: StudioRequirement.Member), failed).IsMet.ShouldBeFalse();
        var left = Facts() with { Studios = [new("劳模创新工作室", true, new DateOnly(2020, 1, 1), Today, false)] };
        Single(new TrainingAndMentoring(StudioRole: StudioRequirement.Lead), left).IsMet.ShouldBeFalse();
    }

    [Fact]
    public void Half_filled_conditions_are_refused()
    {
        Should.Throw<Common.DomainException>(() => new LevelRoute(5, null, null, null, null, null, null, null,
            training: new TrainingAndMentoring(TrainingHours: 120))).Code.ShouldBe("ladder.route_training");
        Should.Throw<Common.DomainException>(() => new LevelRoute(5, null, null, null, null, null, null, null,
            training: new TrainingAndMentoring(MentoringWithinYears: 3))).Code.ShouldBe("ladder.route_mentoring");
        Should.Throw<Common.DomainException>(() => new LevelRoute(5, null, null, null, null, null, null, null,
            training: new TrainingAndMentoring())).Code.ShouldBe("ladder.route_empty");
    }

    [Fact]
    public void Routes_that_differ_only_in_training_or_mentoring_are_two_routes_and_an_exact_repeat_is_refused()
    {
        LadderPolicy Policy(params TrainingAndMentoring[] conditions) => new(2, new DateOnly(2026, 1, 1), 1, 4,
            conditions.Select(c => new LevelRoute(5, 20, null, null, null, null, null, null, training: c)), null, "admin", DateTime.UnixEpoch);
        var training = new TrainingAndMentoring(TrainingHours: 40, TrainingWithinYears: 3, ApprenticeshipCompleted: true);
        var mentoring = new TrainingAndMentoring(ApprenticesMentored: 1, MentoringWithinYears: 5);

        Policy(training, mentoring).Routes.Count.ShouldBe(2);
        Should.Throw<Common.DomainException>(() => Policy(training, mentoring, training with { })).Code.ShouldBe("ladder.route_duplicate");
    }
}
