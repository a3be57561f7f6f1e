using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Tests.Ladder;

/// <summary>Hand-worked cases on the default policy (tier 2 from rank 4 高级工) over the eight-level ladder.</summary>
public sealed class LadderEvaluatorTests
{
    private const int Intermediate = 3, Senior = 4, SeniorTechnician = 6, Principal = 7, Chief = 8;
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly LadderPolicy Policy = DefaultLadderPolicy.Create(new DateOnly(2000, 1, 1), DateTime.UnixEpoch);

    private static WorkerFacts Facts(int? rank = Intermediate, DateOnly? since = null, Education education = Education.None,
        HonourHeld[]? honours = null, CompetitionPlacing[]? placings = null, int occupation = 1) =>
        new(occupation, new DateOnly(2015, 1, 1), education,
            rank is null ? [] : [new LevelHeld(rank.Value, since ?? new DateOnly(2022, 3, 15))],
            honours ?? [], placings ?? []);

    private static WorkerProgress Evaluate(WorkerFacts facts, LadderPolicy? policy = null) =>
        LadderEvaluator.Evaluate(facts, policy ?? Policy, topLevelRank: 8, Today);

    [Fact]
    public void Intermediate_worker_sees_years_left_at_level_and_the_unmet_diploma_and_competition_routes()
    {
        var progress = Evaluate(Facts());

        progress.Tier.ShouldBe(TalentTier.SkilledWorker);
        progress.CurrentLevelSince.ShouldBe(new DateOnly(2022, 3, 15));
        var next = progress.NextLevel!;
        next.LevelRank.ShouldBe(Senior);
        next.Routes.Count.ShouldBe(3);
        // 2022-03-15 → 2026-11-21 is 56 whole months = 4.6 years (tenths, rounded down), met on the fifth anniversary.
        var years = next.Routes[0].Requirements.Single();
        (years.Kind, years.IsMet, years.Current, years.Target, years.MetOn).ShouldBe(
            (RequirementKind.YearsAtPreviousLevel, false, 46, 50, new DateOnly(2027, 3, 15)));
        years.Subject.ShouldBe("3");
        // College + 2 years: the years are met (2024-03-15) but the diploma is not, so waiting alone never qualifies.
        next.Routes[1].Requirements.Select(r => (r.Kind, r.IsMet)).ShouldBe(
            [(RequirementKind.YearsAtPreviousLevel, true), (RequirementKind.Education, false)]);
        next.Routes[1].MetOn.ShouldBeNull();
        next.Routes[2].Requirements.Single().ShouldBe(new Requirement(RequirementKind.CompetitionPlacing, false, 0, 3, "City", null));
        next.QualifiesOn.ShouldBe(new DateOnly(2027, 3, 15));
        next.IsMet.ShouldBeFalse();
        // Reaching 高级工 is also reaching tier 2, so the tier step shares the level's date.
        progress.NextTier!.Tier.ShouldBe(TalentTier.HighSkilledWorker);
        progress.NextTier.Routes.Single().Requirements.Single().ShouldBe(
            new Requirement(RequirementKind.HoldsLevel, false, Intermediate, Senior, null, new DateOnly(2027, 3, 15)));
    }

    [Fact]
    public void A_recent_city_podium_place_exempts_from_the_years()
    {
        var progress = Evaluate(Facts(placings: [new CompetitionPlacing("市数控车工竞赛", CompetitionLevel.City, 2, new DateOnly(2026, 6, 1))]));

        progress.NextLevel!.IsMet.ShouldBeTrue();
        progress.NextLevel.QualifiesOn.ShouldBe(new DateOnly(2026, 6, 1));
        progress.NextLevel.Routes[2].Requirements.Single().Current.ShouldBe(2);
    }

    [Theory]
    [InlineData(CompetitionLevel.Enterprise, 1, "2026-06-01")] // below the minimum level
    [InlineData(CompetitionLevel.Province, 1, "2024-11-21")]   // exactly two years ago: outside "within 2 years"
    [InlineData(CompetitionLevel.National, 4, "2026-06-01")]   // not in the top 3
    public void Placings_that_do_not_qualify_leave_the_exemption_unmet(CompetitionLevel level, int rank, string published)
    {
        var placing = new CompetitionPlacing("竞赛", level, rank, DateOnly.Parse(published));
        var exemption = Evaluate(Facts(placings: [placing])).NextLevel!.Routes[2].Requirements.Single();
        exemption.IsMet.ShouldBeFalse();
        exemption.MetOn.ShouldBeNull();
    }

    [Fact]
    public void A_diploma_at_or_above_the_required_one_opens_its_route_at_once()
    {
        // Rank 2 (初级工) → 中级工 has a "technical school" route; a college diploma ranks above it.
        // Hired this year, so neither years route is met: only the diploma opens the level.
        var progress = Evaluate(Facts(rank: 2, since: new DateOnly(2026, 1, 1), education: Education.College) with { HireDate = new DateOnly(2025, 9, 1) });
        var route = progress.NextLevel!.Routes.Single(r => r.Requirements.Any(q => q.Kind == RequirementKind.Education));
        route.IsMet.ShouldBeTrue();
        progress.NextLevel.IsMet.ShouldBeTrue();
        progress.NextLevel.QualifiesOn.ShouldBe(Today);
    }

    [Fact]
    public void Active_craftsman_honour_makes_tier_three_and_its_lapse_takes_it_away()
    {
        var active = new HonourHeld("市工匠", true, new DateOnly(2022, 5, 1), new DateOnly(2027, 1, 10));
        var progress = Evaluate(Facts(rank: Senior, honours: [active]));
        progress.Tier.ShouldBe(TalentTier.Craftsman);
        progress.NextTier.ShouldBeNull();
        progress.ExpiringHonours.ShouldBe([active]); // 50 days left, inside the 90-day warning

        var lapsed = active with { ExpiresOn = Today };
        var after = Evaluate(Facts(rank: Senior, honours: [lapsed]));
        after.Tier.ShouldBe(TalentTier.HighSkilledWorker);
        after.ExpiringHonours.ShouldBeEmpty();
        after.NextTier!.Routes.Single().Requirements.Single().ShouldBe(new Requirement(RequirementKind.CraftsmanHonour, false, 0, 1, null, null));
    }

    [Fact]
    public void An_honour_that_does_not_count_toward_craftsman_leaves_the_tier_alone()
    {
        var honour = new HonourHeld("市技术能手", false, new DateOnly(2025, 5, 1), null);
        Evaluate(Facts(rank: Senior, honours: [honour])).Tier.ShouldBe(TalentTier.HighSkilledWorker);
    }

    [Fact]
    public void The_top_levels_of_the_eight_are_appointed_and_the_last_has_no_next()
    {
        var seniorTechnician = Evaluate(Facts(rank: SeniorTechnician)).NextLevel!;
        seniorTechnician.LevelRank.ShouldBe(Principal);
        seniorTechnician.ByAppointmentOnly.ShouldBeTrue();
        seniorTechnician.QualifiesOn.ShouldBeNull();

        Evaluate(Facts(rank: Chief)).NextLevel.ShouldBeNull();
        Evaluate(Facts(rank: Chief)).Tier.ShouldBe(TalentTier.HighSkilledWorker);
    }

    [Fact]
    public void A_worker_without_a_level_is_not_yet_on_the_ladder()
    {
        var progress = Evaluate(Facts(rank: null));
        progress.Tier.ShouldBe(TalentTier.None);
        progress.CurrentLevelRank.ShouldBeNull();
        progress.NextLevel!.LevelRank.ShouldBe(1);
        progress.NextTier!.Routes.Single().Requirements.Single().Target.ShouldBe(1);
    }

    [Fact]
    public void Occupation_routes_replace_the_general_ones_for_that_level_only()
    {
        var policy = new LadderPolicy(2, new DateOnly(2026, 1, 1), 1, 4,
            [.. Policy.Routes.Select(Copy), new LevelRoute(Senior, 7, 3, null, null, null, null, null)], null, "admin", DateTime.UnixEpoch);

        var inSeven = Evaluate(Facts(occupation: 7), policy).NextLevel!;
        inSeven.Routes.Single().Requirements.Single().Target.ShouldBe(30);
        inSeven.QualifiesOn.ShouldBe(new DateOnly(2025, 3, 15));
        Evaluate(Facts(occupation: 1), policy).NextLevel!.Routes.Count.ShouldBe(3);
    }

    [Fact]
    public void Current_level_is_the_latest_effective_today_and_a_re_recorded_level_keeps_its_start()
    {
        var facts = Facts() with
        {
            LevelHistory =
            [
                new LevelHeld(Intermediate, new DateOnly(2019, 6, 1)),
                new LevelHeld(2, new DateOnly(2016, 6, 1)),
                new LevelHeld(Intermediate, new DateOnly(2021, 6, 1)), // certificate renewed: same level
                new LevelHeld(Senior, new DateOnly(2027, 1, 1)),       // effective in the future: not yet
            ],
        };
        var progress = Evaluate(facts);
        progress.CurrentLevelRank.ShouldBe(Intermediate);
        progress.CurrentLevelSince.ShouldBe(new DateOnly(2019, 6, 1));
        progress.NextLevel!.IsMet.ShouldBeTrue(); // 5 years at 中级工 reached on 2024-06-01
    }

    private static LevelRoute Copy(LevelRoute r) => new(r.TargetLevelRank, r.OccupationId, r.YearsAtPreviousLevel, r.YearsInOccupation,
        r.MinimumEducation, r.CompetitionTopN, r.CompetitionMinimumLevel, r.CompetitionWithinYears);
}
