namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// Computes a worker's place on the ladder from facts and the policy in force, with every requirement of the next
/// level and tier as met/unmet, the worker's value, the target and the date it is (or will be) met. Pure: the
/// worker page, the nightly re-evaluation and the reports all call it, so they can never disagree.
/// </summary>
public static class LadderEvaluator
{
    public const int DefaultExpiryWarningDays = 90;

    public static WorkerProgress Evaluate(WorkerFacts facts, LadderPolicy policy, int topLevelRank, DateOnly today,
        int expiryWarningDays = DefaultExpiryWarningDays)
    {
        var history = facts.LevelHistory.Where(h => h.EffectiveOn <= today).OrderBy(h => h.EffectiveOn).ToList();
        var current = history.Count == 0 ? null : history[^1];
        var since = current is null ? (DateOnly?)null : SinceReached(history);
        var tier = policy.TierFor(current?.LevelRank, HoldsCraftsmanHonour(facts, today));

        var nextRank = (current?.LevelRank ?? 0) + 1;
        var nextLevel = nextRank > topLevelRank ? null : NextLevel(facts, policy, nextRank, since, today);
        var nextTier = NextTier(policy, tier, current?.LevelRank ?? 0, nextLevel);
        var expiring = facts.Honours
            .Where(h => h.IsActiveOn(today) && h.ExpiresOn is { } end && end.DayNumber - today.DayNumber <= expiryWarningDays)
            .OrderBy(h => h.ExpiresOn).ToList();
        return new WorkerProgress(current?.LevelRank, since, tier, nextLevel, nextTier, expiring);
    }

    /// <summary>
    /// The tier alone, exactly as <see cref="Evaluate"/> gives it: only the level held today and an active craftsman honour
    /// decide it, so the nightly re-evaluation needs neither the routes nor the evidence behind them.
    /// </summary>
    public static TalentTier TierOn(WorkerFacts facts, LadderPolicy policy, DateOnly today) =>
        policy.TierFor(facts.LevelHistory.Where(h => h.EffectiveOn <= today).OrderBy(h => h.EffectiveOn).LastOrDefault()?.LevelRank,
            HoldsCraftsmanHonour(facts, today));

    private static bool HoldsCraftsmanHonour(WorkerFacts facts, DateOnly today) =>
        facts.Honours.Any(h => h.CountsTowardCraftsman && h.IsActiveOn(today));

    /// <summary>The first day of the latest unbroken run at the current level (a re-recorded same level does not reset it).</summary>
    private static DateOnly SinceReached(List<LevelHeld> history)
    {
        var rank = history[^1].LevelRank;
        var start = history.Count - 1;
        while (start > 0 && history[start - 1].LevelRank == rank) start--;
        return history[start].EffectiveOn;
    }

    private static NextStep NextLevel(WorkerFacts facts, LadderPolicy policy, int rank, DateOnly? since, DateOnly today)
    {
        var routes = policy.RoutesTo(rank, facts.OccupationId)
            .Select(route => RouteRequirements.Check(route, facts, since, today)).ToList();
        return new NextStep(rank, null, routes, Earliest(routes));
    }

    private static NextStep? NextTier(LadderPolicy policy, TalentTier tier, int levelRank, NextStep? nextLevel)
    {
        Requirement requirement;
        DateOnly? metOn = null;
        switch (tier)
        {
            case TalentTier.None:
                requirement = new Requirement(RequirementKind.HoldsLevel, false, levelRank, policy.Tier1MinLevelRank, null, null);
                break;
            case TalentTier.SkilledWorker:
                if (nextLevel?.LevelRank == policy.Tier2MinLevelRank) metOn = nextLevel.QualifiesOn;
                requirement = new Requirement(RequirementKind.HoldsLevel, false, levelRank, policy.Tier2MinLevelRank, null, metOn);
                break;
            case TalentTier.HighSkilledWorker:
                requirement = new Requirement(RequirementKind.CraftsmanHonour, false, 0, 1, null, null);
                break;
            default:
                return null;
        }
        return new NextStep(null, tier + 1, [new RouteProgress([requirement], metOn)], metOn);
    }

    private static DateOnly? Earliest(IEnumerable<RouteProgress> routes) =>
        routes.Where(r => r.MetOn is not null).Select(r => r.MetOn).Min();
}
