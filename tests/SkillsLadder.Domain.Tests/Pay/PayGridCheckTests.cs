using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Domain.Tests.Pay;

/// <summary>Boundaries worked by hand with a ¥2,490.00 minimum wage (249,000 fen).</summary>
public sealed class PayGridCheckTests
{
    private const long MinimumWage = 249_000;
    private static readonly PostClass Basic = WithId(new PostClass("Basic", "基础岗位", "Basic", 105, 1), 1);
    private static readonly PostClass Core = WithId(new PostClass("Core", "核心岗位", "Core", 200, 4), 4);
    private static readonly PostClass[] Classes = [Basic, Core];

    private static PostClass WithId(PostClass postClass, int id)
    {
        typeof(PostClass).GetProperty(nameof(PostClass.Id))!.SetValue(postClass, id);
        return postClass;
    }

    [Fact]
    public void Basic_floor_is_105_percent_rounded_up_to_the_fen()
    {
        // 249,000 × 105% = 261,450 exactly; with ¥2,490.01 it is 261,460.5 → 261,461.
        Money.PercentOf(249_000, 105).ShouldBe(261_450);
        Money.PercentOf(249_001, 105).ShouldBe(261_452); // 261,451.05 rounds up
        PayGridCheck.Check([new PayCell(1, 2, 249_000, 12_450)], Classes, MinimumWage).ShouldBeEmpty();
        PayGridCheck.Check([new PayCell(1, 2, 249_000, 12_449)], Classes, MinimumWage)
            .ShouldBe([new GridProblem(GridProblemKind.BelowClassFloor, 1, 2, 261_449, 261_450)]);
    }

    [Fact]
    public void Core_posts_need_double_the_minimum_wage()
    {
        PayGridCheck.Check([new PayCell(4, 5, 300_000, 198_000)], Classes, MinimumWage).ShouldBeEmpty();
        PayGridCheck.Check([new PayCell(4, 5, 300_000, 197_999)], Classes, MinimumWage).Single().RequiredFen.ShouldBe(498_000);
    }

    [Fact]
    public void Pay_without_the_allowance_must_still_meet_the_minimum_wage()
    {
        // Meets the 105% floor only thanks to a large allowance: refused, the base is one fen short.
        PayGridCheck.Check([new PayCell(1, 2, 248_999, 100_000)], Classes, MinimumWage)
            .ShouldBe([new GridProblem(GridProblemKind.BaseBelowMinimumWage, 1, 2, 248_999, 249_000)]);
    }

    [Fact]
    public void Pay_must_not_fall_as_the_level_rises_within_a_post_class_but_may_stay_equal()
    {
        PayCell[] cells =
        [
            new(1, 2, 270_000, 0), new(1, 3, 270_000, 0), // equal: allowed
            new(1, 4, 269_999, 0),                         // one fen less than the level below
            new(4, 4, 500_000, 0),                         // other class: compared only within its own
        ];
        PayGridCheck.Check(cells, Classes, MinimumWage)
            .ShouldBe([new GridProblem(GridProblemKind.DecreasesWithLevel, 1, 4, 269_999, 270_000)]);
    }

    [Theory]
    [InlineData("2615.5", 261_550L)]
    [InlineData("¥2,615.50", 261_550L)]
    [InlineData("0", 0L)]
    [InlineData("3000", 300_000L)]
    public void Yuan_text_parses_exactly(string text, long fen)
    {
        Money.TryParseYuan(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(fen);
    }

    [Theory]
    [InlineData("2615.505")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e3")]
    public void Yuan_text_with_more_than_two_decimals_or_not_a_number_is_refused(string text) =>
        Money.TryParseYuan(text, out _).ShouldBeFalse();
}
