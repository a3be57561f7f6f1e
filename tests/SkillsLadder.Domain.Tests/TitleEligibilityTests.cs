using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Domain.Tests;

/// <summary>
/// MinimumTitleGrade, worked by hand with the default table (高级工 4 → 助理工程师, 技师 5 → 工程师, 高级技师 6 → 高级工程师)
/// and a competition asking for 中级 (engineer) or above.
/// </summary>
public sealed class TitleEligibilityTests
{
    private static readonly CompetitionFactsForEntry Competition = new(10, "车工", new DateOnly(2026, 9, 1), null, null);
    private static readonly EligibilityRules Rules = new(MinimumTitleGrade: TitleGrade.Intermediate);

    private static CandidateFacts Candidate(int? rank, string? levelName)
    {
        var title = TitleEquivalence.For(rank, TitleEquivalence.Defaults());
        return new(10, "车工", rank, levelName, new DateOnly(2015, 1, 1), null, null, title?.Grade, title?.Title);
    }

    [Theory]
    [InlineData(5, "技师")]            // 工程师: exactly the minimum
    [InlineData(6, "高级技师")]        // 高级工程师
    [InlineData(7, "特级技师")]        // no row of its own: keeps 高级技师's 高级工程师
    public void A_level_whose_title_reaches_the_grade_is_admitted(int rank, string name) =>
        EligibilityCheck.Reasons(Rules, Competition, Candidate(rank, name)).ShouldBeEmpty();

    [Fact]
    public void A_lower_title_is_refused_naming_the_level_its_title_and_the_grade_asked() =>
        EligibilityCheck.Reasons(Rules, Competition, Candidate(4, "高级工"))
            .ShouldBe(["技能等级“高级工”相当于“助理工程师”（助理级），本赛要求中级及以上。"]);

    [Theory]
    [InlineData(3, "中级工", "技能等级“中级工”按职称比照表无相当职称，本赛要求中级及以上。")]
    [InlineData(null, null, "技能等级“无”按职称比照表无相当职称，本赛要求中级及以上。")]
    public void A_level_below_every_row_or_no_level_at_all_has_no_title(int? rank, string? name, string reason) =>
        EligibilityCheck.Reasons(Rules, Competition, Candidate(rank, name)).ShouldBe([reason]);
}
