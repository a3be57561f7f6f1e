using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;
using static SkillsLadder.Domain.Tests.Labour.LabourSchemes;

namespace SkillsLadder.Domain.Tests.Labour;

public class IndicatorScorerTests
{
    [Fact]
    public void Bonuses_and_deductions_add_to_each_indicator_then_weights_apply()
    {
        // S 100 + 3 days = 103; Q 100 − 2 notices = 98; A 100 − 1 violation × 5 = 95; I 100 + 2 × 2 = 104; C 100 × 50% = 50.
        var score = IndicatorScorer.Score(SixComparisons(), Input(3, ("Q1", 2), ("A1", 1), ("I1", 2)));

        Assert.Equal([103m, 98m, 95m, 104m, 50m], score.Indicators.Select(i => i.Weighted.Value));
        Assert.Equal(450m, score.Total.Value);
        Assert.Equal(7m, score.Deductions.Value); // 2 notices + 1 violation × 5
        Assert.False(score.Vetoed);
    }

    [Fact]
    public void Behind_schedule_deducts_per_day()
    {
        var score = IndicatorScorer.Score(SixComparisons(), Input(-4.5m));
        Assert.Equal(95.5m, score.Indicators[0].Weighted.Value);
        Assert.Equal(4.5m, score.Deductions.Value);
        Assert.Equal(95.5m + 400m - 50m, score.Total.Value); // the other four at base, C at half weight
    }

    [Fact]
    public void Bonus_caps_hold_at_the_cap_and_say_so()
    {
        // 15 days ahead would add 15, capped at 10; 5 suggestions would add 10, capped at 6.
        var score = IndicatorScorer.Score(SixComparisons(), Input(15, ("I1", 5)));
        Assert.Equal(110m, score.Indicators[0].Weighted.Value);
        Assert.True(score.Indicators[0].BonusCapped);
        Assert.Equal(106m, score.Indicators[3].Weighted.Value);
        Assert.Contains("创新 100.00 +6.00(封顶) = 106.00", score.Explain());
    }

    [Fact]
    public void Exactly_at_the_cap_is_not_capped()
    {
        var score = IndicatorScorer.Score(SixComparisons(), Input(10, ("I1", 3)));
        Assert.Equal(110m, score.Indicators[0].Weighted.Value);
        Assert.False(score.Indicators[0].BonusCapped);
        Assert.Equal(106m, score.Indicators[3].Weighted.Value);
        Assert.False(score.Indicators[3].BonusCapped);
    }

    [Fact]
    public void Deduction_cap_limits_how_much_one_indicator_loses()
    {
        // 8 violations × 5 = 40, capped at 30: safety keeps 70.
        var score = IndicatorScorer.Score(SixComparisons(), Input(0, ("A1", 8)));
        Assert.Equal(70m, score.Indicators[2].Weighted.Value);
        Assert.True(score.Indicators[2].DeductionCapped);
        Assert.Equal(30m, score.Deductions.Value);
    }

    [Fact]
    public void An_indicator_never_goes_below_zero()
    {
        var scheme = new IndicatorSchemeDefinition([new("S", "进度", IndicatorCategory.Schedule, 100, M(5),
            new MeasureSpec("天", M(0), MeasureDirection.HigherIsBetter, M(1), M(1), M(-30), M(30)), null, null, [])]);
        var score = IndicatorScorer.Score(scheme, Input(-8));
        Assert.Equal(0m, score.Total.Value);
    }

    [Fact]
    public void A_veto_zeroes_the_period_but_keeps_the_indicator_detail()
    {
        var score = IndicatorScorer.Score(SixComparisons(), Input(5, ("AV", 1), ("Q1", 1)));
        Assert.True(score.Vetoed);
        Assert.Equal(0, score.Total.Hundredths);
        Assert.Equal(["安全事故"], score.Vetoes);
        Assert.Equal(105m, score.Indicators[0].Weighted.Value);
        Assert.EndsWith("一票否决（安全事故），本期计 0 分。", score.Explain());
    }

    [Fact]
    public void Two_vetoes_are_both_named()
    {
        var score = IndicatorScorer.Score(SixComparisons(), Input(0, ("AV", 2), ("QV", 1)));
        Assert.Equal(["质量事故", "安全事故 2 次"], score.Vetoes);
    }

    [Fact]
    public void Fractions_are_rounded_once_after_the_weight_half_away_from_zero()
    {
        // 2.5 days × 0.5 per day = 1.25 → 101.25 points × 50% = 50.625 → 50.63.
        var scheme = new IndicatorSchemeDefinition([new("S", "进度", IndicatorCategory.Schedule, 50, M(100),
            new MeasureSpec("天", M(0), MeasureDirection.HigherIsBetter, M(0.5m), M(0.5m), M(-30), M(30)), null, null, [])]);
        Assert.Equal(5063, IndicatorScorer.Score(scheme, Input(2.5m)).Total.Hundredths);
        // 2.5 days × 0.33 = 0.825 → 100.825 × 50% = 50.4125 → 50.41.
        var third = scheme with { Indicators = [scheme.Indicators[0] with { Measure = scheme.Indicators[0].Measure! with { BonusPerUnit = M(0.33m) } }] };
        Assert.Equal(5041, IndicatorScorer.Score(third, Input(2.5m)).Total.Hundredths);
    }

    [Fact]
    public void Lower_is_better_measures_deduct_above_target_and_reward_below()
    {
        var scheme = new IndicatorSchemeDefinition([new("K", "成本", IndicatorCategory.Cost, 100, M(100),
            new MeasureSpec("%", M(0), MeasureDirection.LowerIsBetter, M(1), M(2), M(-20), M(20)), null, null, [])]);
        var over = new AssessmentInput(new Dictionary<string, Mark> { ["K"] = M(3) }, new Dictionary<string, int>());
        var under = new AssessmentInput(new Dictionary<string, Mark> { ["K"] = M(-1.5m) }, new Dictionary<string, int>());
        Assert.Equal(94m, IndicatorScorer.Score(scheme, over).Total.Value);
        Assert.Equal(101.5m, IndicatorScorer.Score(scheme, under).Total.Value);
    }

    [Fact]
    public void Definition_problems_are_all_listed()
    {
        var bad = new IndicatorSchemeDefinition(
        [
            new("S", "进度", IndicatorCategory.Schedule, 0, M(100),
                new MeasureSpec("天", M(90), MeasureDirection.HigherIsBetter, M(1), M(1), M(-60), M(60)), null, null, []),
            new("s", "安全", IndicatorCategory.Safety, 100, M(100), null, null, null, [new("AV", "安全事故", M(-5), true, 9)]),
            new("E", "空", IndicatorCategory.Management, 100, M(100), null, null, null, []),
        ]);
        var problems = bad.Problems();
        Assert.Contains(problems, p => p.Contains("“S”重复") || p.Contains("“s”重复"));
        Assert.Contains(problems, p => p.Contains("权重"));
        Assert.Contains(problems, p => p.Contains("目标值"));
        Assert.Contains(problems, p => p.Contains("否决事项“AV”不计分值"));
        Assert.Contains(problems, p => p.Contains("人人同分"));
        Assert.Empty(SixComparisons().Problems());
    }
}
