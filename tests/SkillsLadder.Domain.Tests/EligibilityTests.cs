using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Tests;

/// <summary>Each eligibility rule on its boundary, counted to the competition's first day (2026-09-01).</summary>
public sealed class EligibilityTests
{
    private static readonly CompetitionFactsForEntry Competition = new(10, "车工", new DateOnly(2026, 9, 1), "中级工", "技师");

    private static CandidateFacts Candidate(int occupation = 10, int? rank = 4, DateOnly? hired = null, DateOnly? honoured = null) =>
        new(occupation, occupation == 10 ? "车工" : "钳工", rank, rank is null ? null : $"L{rank}", hired ?? new DateOnly(2015, 1, 1), honoured, honoured is null ? null : "市技术能手");

    [Fact]
    public void No_rules_admit_everyone() =>
        EligibilityCheck.Reasons(EligibilityRules.None, Competition, Candidate(occupation: 99, rank: null)).ShouldBeEmpty();

    [Fact]
    public void Occupation_must_match_when_asked() =>
        EligibilityCheck.Reasons(new EligibilityRules(OccupationMustMatch: true), Competition, Candidate(occupation: 11)).Single().ShouldContain("本赛限“车工”");

    [Theory]
    [InlineData(null, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Levels_are_compared_by_rank_inclusive(int? rank, bool eligible) =>
        EligibilityCheck.Reasons(new EligibilityRules(MinimumLevelRank: 3, MaximumLevelRank: 5), Competition, Candidate(rank: rank))
            .Count.ShouldBe(eligible ? 0 : 1);

    [Theory]
    [InlineData("2021-09-01", true)]   // exactly five years on the first day
    [InlineData("2021-09-02", false)]  // one day short
    public void Years_in_post_count_whole_years_to_the_first_day(string hired, bool eligible) =>
        EligibilityCheck.Reasons(new EligibilityRules(MinimumYearsInPost: 5), Competition, Candidate(hired: DateOnly.Parse(hired)))
            .Count.ShouldBe(eligible ? 0 : 1);

    [Theory]
    [InlineData("2024-09-01", true)]   // two years' cooling-off ends on the first day
    [InlineData("2024-09-02", false)]
    public void An_earlier_honour_blocks_entry_until_the_cooling_off_ends(string honoured, bool eligible)
    {
        var reasons = EligibilityCheck.Reasons(new EligibilityRules(HonourCoolingOffYears: 2), Competition, Candidate(honoured: DateOnly.Parse(honoured)));
        reasons.Count.ShouldBe(eligible ? 0 : 1);
        if (!eligible) reasons[0].ShouldContain("市技术能手");
    }

    [Fact]
    public void Every_failed_rule_is_reported_not_just_the_first()
    {
        var rules = new EligibilityRules(true, 3, 5, 10, 3);
        EligibilityCheck.Reasons(rules, Competition, Candidate(occupation: 11, rank: 2, hired: new DateOnly(2020, 1, 1), honoured: new DateOnly(2025, 1, 1)))
            .Count.ShouldBe(4);
    }
}
