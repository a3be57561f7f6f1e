using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using S = SkillsLadder.Domain.Competitions.CompetitionStatus;

namespace SkillsLadder.Domain.Tests;

public sealed class CompetitionLifecycleTests
{
    private static readonly CompetitionFacts Ready = new(SchemeComplete: true, ActiveEntrants: 30, AssignedJudges: 3, UnverifiedSheets: 0, HasFinalisedSnapshot: true);
    private static readonly DateTime At = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(S.Draft, S.Registration)]
    [InlineData(S.Registration, S.Marking)]
    [InlineData(S.Marking, S.Locked)]
    [InlineData(S.Locked, S.Ranked)]
    [InlineData(S.Ranked, S.Published)]
    [InlineData(S.Published, S.Closed)]
    public void Each_forward_step_is_allowed_when_its_conditions_hold(S from, S to)
    {
        var change = CompetitionLifecycle.Apply(from, to, Ready, "organizer", At);
        (change.From, change.To, change.By, change.At).ShouldBe((from, to, "organizer", At));
    }

    public static TheoryData<S, S, CompetitionFacts, string> Refusals => new()
    {
        { S.Draft, S.Registration, Ready with { SchemeComplete = false }, "competition.scheme_incomplete" },
        { S.Registration, S.Marking, Ready with { ActiveEntrants = 0 }, "competition.no_entrants" },
        { S.Registration, S.Marking, Ready with { AssignedJudges = 0 }, "competition.no_judges" },
        { S.Registration, S.Marking, Ready with { UnassignedCriteria = 1 }, "competition.criteria_unassigned" },
        { S.Marking, S.Locked, Ready with { UnverifiedSheets = 2 }, "competition.sheets_unverified" },
        { S.Ranked, S.Published, Ready with { HasFinalisedSnapshot = false }, "competition.no_final_snapshot" },
        { S.Draft, S.Marking, Ready, "competition.transition_not_allowed" },
        { S.Published, S.Registration, Ready, "competition.transition_not_allowed" },
        { S.Published, S.Marking, Ready, "competition.unlock_reason" },
        { S.Closed, S.Draft, Ready, "competition.transition_not_allowed" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public void A_step_whose_conditions_fail_is_refused_with_its_reason(S from, S to, CompetitionFacts facts, string code) =>
        Should.Throw<DomainException>(() => CompetitionLifecycle.Apply(from, to, facts, "organizer", At)).Code.ShouldBe(code);

    [Fact]
    public void Unlocking_marks_needs_a_written_reason_which_is_kept()
    {
        Should.Throw<DomainException>(() => CompetitionLifecycle.Apply(S.Locked, S.Marking, Ready, "chief", At, "  "))
            .Code.ShouldBe("competition.unlock_reason");
        CompetitionLifecycle.Apply(S.Locked, S.Marking, Ready, "chief", At, " 第 12 号选手复核 ").Reason.ShouldBe("第 12 号选手复核");
        // A correction after ranking or publication reopens marking the same way.
        CompetitionLifecycle.Apply(S.Published, S.Marking, Ready, "chief", At, "公示期异议成立").To.ShouldBe(S.Marking);
        CompetitionLifecycle.Apply(S.Ranked, S.Marking, Ready, "chief", At, "复核").To.ShouldBe(S.Marking);
    }

    [Theory]
    [InlineData(S.Registration, false)]
    [InlineData(S.Marking, true)]
    [InlineData(S.Published, true)]
    public void The_scheme_is_frozen_once_marking_starts(S status, bool frozen) =>
        CompetitionLifecycle.SchemeFrozen(status).ShouldBe(frozen);
}
