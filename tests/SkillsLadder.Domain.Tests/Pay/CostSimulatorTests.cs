using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Domain.Tests.Pay;

/// <summary>A five-person workforce, every figure worked by hand in the comments.</summary>
public sealed class CostSimulatorTests
{
    private static readonly PayGrid Current = new(
        [new(1, 3, 280_000, 20_000), new(1, 4, 300_000, 40_000), new(2, 4, 350_000, 50_000)], highSkilledAllowanceFen: 10_000, craftsmanAllowanceFen: 50_000);
    private static readonly PayGrid Proposed = new(
        [new(1, 3, 280_000, 30_000), new(1, 4, 300_000, 60_000), new(2, 4, 360_000, 60_000)], highSkilledAllowanceFen: 20_000, craftsmanAllowanceFen: 80_000);

    private static readonly WorkforceMember[] Workforce =
    [
        new(1, 1, 3, TalentTier.SkilledWorker),     // 300,000 → 310,000  (+10,000)
        new(2, 1, 4, TalentTier.HighSkilledWorker), // 340,000 + 10,000 = 350,000 → 360,000 + 20,000 = 380,000 (+30,000)
        new(3, 2, 4, TalentTier.Craftsman),         // 400,000 + 50,000 = 450,000 → 420,000 + 80,000 = 500,000 (+50,000)
        new(4, 1, 4, TalentTier.HighSkilledWorker), // as worker 2 (+30,000)
        new(5, 2, 6, TalentTier.HighSkilledWorker), // no cell for class 2 level 6: uncovered
    ];

    [Fact]
    public void Totals_groups_and_biggest_changes_match_the_hand_computation()
    {
        var result = CostSimulator.Simulate(Workforce, Current, Proposed, biggest: 3);

        (result.Workers, result.Uncovered, result.Affected).ShouldBe((5, 1, 4));
        result.CurrentMonthlyFen.ShouldBe(300_000 + 350_000 + 450_000 + 350_000);   // 1,450,000
        result.ProposedMonthlyFen.ShouldBe(310_000 + 380_000 + 500_000 + 380_000);  // 1,570,000
        result.MonthlyDeltaFen.ShouldBe(120_000);
        result.AnnualDeltaFen.ShouldBe(1_440_000);
        result.ByLevel.ShouldBe([new GroupCost(3, 1, 300_000, 310_000), new GroupCost(4, 3, 1_150_000, 1_260_000)]);
        result.ByPostClass.ShouldBe([new GroupCost(1, 3, 1_000_000, 1_070_000), new GroupCost(2, 1, 450_000, 500_000)]);
        result.BiggestChanges.Select(c => (c.WorkerId, c.DeltaFen)).ShouldBe([(3, 50_000L), (2, 30_000L), (4, 30_000L)]);
    }

    [Fact]
    public void Without_a_grid_in_force_current_pay_counts_as_zero()
    {
        var result = CostSimulator.Simulate(Workforce[..1], null, Proposed);
        (result.CurrentMonthlyFen, result.ProposedMonthlyFen, result.Affected).ShouldBe((0L, 310_000L, 1));
    }

    [Fact]
    public void The_same_grid_changes_nothing()
    {
        var result = CostSimulator.Simulate(Workforce, Current, Current);
        (result.MonthlyDeltaFen, result.Affected, result.BiggestChanges.Count).ShouldBe((0L, 0, 0));
    }

    [Theory]
    [InlineData("2026-11-21", PayEffectiveRule.NextPayMonth, "2026-12-01")]
    [InlineData("2026-12-31", PayEffectiveRule.NextPayMonth, "2027-01-01")]
    [InlineData("2026-11-21", PayEffectiveRule.SameDay, "2026-11-21")]
    public void Grade_changes_reach_pay_from_the_date_the_agreement_sets(string changed, PayEffectiveRule rule, string from) =>
        PayGrades.EffectiveFrom(DateOnly.Parse(changed), rule).ShouldBe(DateOnly.Parse(from));

    [Fact]
    public void A_change_before_the_agreement_takes_effect_counts_from_the_agreement_start() =>
        PayGrades.EffectiveFrom(new DateOnly(2026, 3, 5), PayEffectiveRule.NextPayMonth, new DateOnly(2026, 6, 15)).ShouldBe(new DateOnly(2026, 6, 15));
}
