using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.Tests.Ladder;

public sealed class LadderPolicyTests
{
    private static LadderPolicy Policy(int tier1, int tier2, params LevelRoute[] routes) =>
        new(1, new DateOnly(2026, 1, 1), tier1, tier2, routes, null, "admin", DateTime.UnixEpoch);

    [Fact]
    public void Tier_two_must_start_above_tier_one() =>
        Should.Throw<DomainException>(() => Policy(4, 4)).Code.ShouldBe("ladder.tiers");

    [Fact]
    public void A_route_needs_at_least_one_condition() =>
        Should.Throw<DomainException>(() => new LevelRoute(3, null, null, null, null, null, null, null)).Code.ShouldBe("ladder.route_empty");

    [Fact]
    public void A_competition_exemption_needs_place_level_and_years_together() =>
        Should.Throw<DomainException>(() => new LevelRoute(3, null, null, null, null, 3, CompetitionLevel.City, null)).Code.ShouldBe("ladder.route_competition");

    [Fact]
    public void The_lowest_level_has_no_previous_level() =>
        Should.Throw<DomainException>(() => new LevelRoute(1, null, 2, null, null, null, null, null)).Code.ShouldBe("ladder.route_previous");

    [Fact]
    public void Duplicate_routes_are_refused_naming_the_level() =>
        Should.Throw<DomainException>(() => Policy(1, 4, new LevelRoute(3, null, 4, null, null, null, null, null),
            new LevelRoute(3, null, 4, null, null, null, null, null))).Message.ShouldContain("等级 3");

    [Theory]
    [InlineData(null, TalentTier.None)]
    [InlineData(1, TalentTier.SkilledWorker)]
    [InlineData(3, TalentTier.SkilledWorker)]
    [InlineData(4, TalentTier.HighSkilledWorker)]
    [InlineData(8, TalentTier.HighSkilledWorker)]
    public void Tiers_follow_the_configured_thresholds(int? rank, TalentTier tier) =>
        DefaultLadderPolicy.Create(new DateOnly(2000, 1, 1), DateTime.UnixEpoch).TierFor(rank, false).ShouldBe(tier);

    [Fact]
    public void A_stricter_policy_moves_the_tier_two_threshold()
    {
        var strict = Policy(2, 5, new LevelRoute(5, null, 4, null, null, null, null, null));
        strict.TierFor(4, false).ShouldBe(TalentTier.SkilledWorker);
        strict.TierFor(1, false).ShouldBe(TalentTier.None);
        strict.TierFor(1, true).ShouldBe(TalentTier.Craftsman);
    }
}
