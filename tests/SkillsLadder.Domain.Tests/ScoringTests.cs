using FsCheck;
using FsCheck.Fluent;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Tests;

/// <summary>Hand-worked examples: each expected value is computed in the comment beside it.</summary>
public sealed class ScoringTests
{
    private static readonly AspectRule Judgement = new(AspectKind.Judgement, new Mark(4_00), AggregationRule.Mean, AllowedGap: 1, Step: Mark.Zero);
    private static readonly AspectRule Measured = new(AspectKind.Measurement, new Mark(5_00), AggregationRule.Mean, AllowedGap: 1, Step: new Mark(50));

    [Theory]
    [InlineData("2.345", 235)]   // ties go away from zero
    [InlineData("-2.345", -235)]
    [InlineData("3.5555555555555555555555555556", 356)]
    [InlineData("87.875", 8788)]
    public void Rounding_is_to_hundredths_half_away_from_zero(string value, int hundredths) =>
        Mark.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Hundredths.ShouldBe(hundredths);

    [Theory]
    [InlineData("7.25", true, 725)]
    [InlineData(" 7 ", true, 700)]
    [InlineData("7.255", false, 0)] // three decimals: refused, never silently rounded
    [InlineData("-1", false, 0)]
    [InlineData("七", false, 0)]
    public void Typed_marks_are_parsed_exactly_or_refused(string text, bool ok, int hundredths)
    {
        Mark.TryParse(text, out var mark).ShouldBe(ok);
        if (ok) mark.Hundredths.ShouldBe(hundredths);
    }

    [Fact]
    public void Mean_uses_every_value() => // (2 + 3 + 3) / 3 = 8/3
        MarkAggregator.Aggregate([2, 3, 3], AggregationRule.Mean)!.Value.ShouldBe(8m / 3);

    [Fact]
    public void Trimmed_mean_drops_one_highest_and_one_lowest_from_four_or_more()
    {
        var result = MarkAggregator.Aggregate([3, 1, 2, 3, 2], AggregationRule.TrimmedMean)!; // drop 1 and 3: (2 + 2 + 3) / 3
        result.Value.ShouldBe(7m / 3);
        result.Dropped.ShouldBe([1m, 3m]);
    }

    [Fact]
    public void A_repeated_extreme_is_dropped_only_once() // [1, 3, 3, 3] → drop 1 and one 3 → (3 + 3) / 2
    {
        var result = MarkAggregator.Aggregate([3, 3, 1, 3], AggregationRule.TrimmedMean)!;
        result.Value.ShouldBe(3m);
        result.Used.ShouldBe([3m, 3m]);
    }

    [Fact]
    public void A_missing_conflicted_mark_leaves_three_values_and_no_trimming() // four judges, one recused: (2 + 3 + 1) / 3
    {
        var result = MarkAggregator.Aggregate([2, 3, 1], AggregationRule.TrimmedMean)!;
        result.Value.ShouldBe(2m);
        result.Dropped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new[] { 1.0, 3.0, 2.0 }, 2.0)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 3.0 }, 2.5)]
    public void Median_is_the_middle_or_the_mean_of_the_two_middles(double[] values, double expected) =>
        MarkAggregator.Aggregate(values.Select(v => (decimal)v).ToList(), AggregationRule.Median)!.Value.ShouldBe((decimal)expected);

    [Fact]
    public void Nobody_has_marked_yet_is_no_mark_rather_than_zero() =>
        Judgement.Score([]).ShouldBeNull();

    [Fact]
    public void A_judgement_mark_is_maximum_times_mean_over_three_rounded_once() // 4 × (8/3) / 3 = 32/9 = 3.555… → 3.56
    {
        var mark = Judgement.Score([2, 3, 3])!;
        mark.Mark.ShouldBe(new Mark(356));
        mark.GapExceeded.ShouldBeFalse(); // 3 − 2 = 1, within the allowed gap
    }

    [Fact]
    public void Judges_more_than_the_allowed_gap_apart_are_flagged() =>
        Judgement.Score([1, 3, 3])!.GapExceeded.ShouldBeTrue(); // 3 − 1 = 2 > 1

    [Theory]
    [InlineData(4, "0、1、2 或 3")]
    [InlineData(1.5, "0、1、2 或 3")]
    public void Judgement_entries_outside_the_scale_are_refused(double entry, string reason)
    {
        Judgement.CheckEntry((decimal)entry)!.ShouldContain(reason);
        Should.Throw<DomainException>(() => Judgement.Score([2, (decimal)entry])).Code.ShouldBe("mark.out_of_range");
    }

    [Fact]
    public void Measurement_marks_are_checked_for_range_and_step_and_averaged() // (4.5 + 5 + 4) / 3 = 4.5
    {
        Measured.Score([4.5m, 5m, 4m])!.Mark.ShouldBe(new Mark(450));
        Measured.CheckEntry(5.5m)!.ShouldContain("满分 5.00");
        Measured.CheckEntry(4.3m)!.ShouldContain("0.50 的整数倍");
        Measured.CheckEntry(-0.5m).ShouldNotBeNull();
    }

    [Fact]
    public void Order_of_entry_never_changes_an_aggregate_and_a_trimmed_mean_stays_within_the_range()
    {
        var scores = Gen.Choose(0, 3).Select(v => (decimal)v).ArrayOf().Where(a => a.Length > 0).ToArbitrary();
        Prop.ForAll(scores, values =>
        {
            var forward = MarkAggregator.Aggregate(values, AggregationRule.TrimmedMean)!.Value;
            var backward = MarkAggregator.Aggregate(values.Reverse().ToArray(), AggregationRule.TrimmedMean)!.Value;
            return forward == backward && forward >= values.Min() && forward <= values.Max();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_weighted_total_is_rounded_once_at_the_end() // 80 × 30% + 91.25 × 70% = 24 + 63.875 = 87.875 → 87.88
    {
        var theory = new SchemeComponent("理论知识", 30, [new Mark(100_00)]);
        var practical = new SchemeComponent("实际操作", 70, [new Mark(60_00), new Mark(40_00)]);
        SchemeWeights.Problems([theory, practical]).ShouldBeEmpty();
        SchemeWeights.Total([(theory, new Mark(80_00)), (practical, new Mark(91_25))]).ShouldBe(new Mark(87_88));
    }

    [Fact]
    public void A_scheme_whose_weights_or_maxima_do_not_add_up_says_which()
    {
        var problems = SchemeWeights.Problems([
            new SchemeComponent("理论知识", 30, [new Mark(100_00)]),
            new SchemeComponent("实际操作", 60, [new Mark(60_00), new Mark(39_50)]),
        ]);
        problems.ShouldContain(p => p.Contains("90%"));
        problems.ShouldContain(p => p.Contains("实际操作") && p.Contains("99.50"));
    }
}
