namespace SkillsLadder.Domain.Ladder;

/// <summary>Where a worker stands on the ladder and what is left to the next level and the next tier.</summary>
public sealed record WorkerProgress(
    int? CurrentLevelRank,
    DateOnly? CurrentLevelSince,
    TalentTier Tier,
    NextStep? NextLevel,
    NextStep? NextTier,
    IReadOnlyList<HonourHeld> ExpiringHonours);

/// <summary>
/// The next level or tier: the routes to it, each with its requirements; <see cref="QualifiesOn"/> is the earliest
/// date any route is met (today when one already is), or null when no route can be met by waiting alone.
/// </summary>
public sealed record NextStep(int? LevelRank, TalentTier? Tier, IReadOnlyList<RouteProgress> Routes, DateOnly? QualifiesOn)
{
    public bool IsMet => Routes.Any(r => r.IsMet);
    /// <summary>No route exists: the level is appointed by the enterprise (评聘) or the tier is the top one.</summary>
    public bool ByAppointmentOnly => Routes.Count == 0;
}

public sealed record RouteProgress(IReadOnlyList<Requirement> Requirements, DateOnly? MetOn)
{
    public bool IsMet => Requirements.All(r => r.IsMet);
}

/// <summary>
/// One condition with the worker's value and the target, e.g. years at 高级工: 4.2 of 5. Values of years are in
/// tenths so they print exactly; <see cref="Subject"/> names the level, diploma, competition level or honour class.
/// </summary>
public sealed record Requirement(RequirementKind Kind, bool IsMet, int Current, int Target, string? Subject, DateOnly? MetOn);

public enum RequirementKind
{
    /// <summary>Tenths of years at the previous level (Subject = that level's rank).</summary>
    YearsAtPreviousLevel = 1,
    /// <summary>Tenths of years in the occupation.</summary>
    YearsInOccupation = 2,
    /// <summary>Current and Target are <see cref="People.Education"/> values.</summary>
    Education = 3,
    /// <summary>Current = best qualifying place (0 = none), Target = top N; Subject = minimum competition level.</summary>
    CompetitionPlacing = 4,
    /// <summary>Current and Target are level ranks.</summary>
    HoldsLevel = 5,
    /// <summary>Count of active craftsman-class honours against 1.</summary>
    CraftsmanHonour = 6,
    /// <summary>Accepted innovation entries within the route's years (Current) against the number required (Target).</summary>
    InnovationsAccepted = 7,
    /// <summary>Approved training hours completed within the route's years (Current) against the hours required (Target).</summary>
    TrainingHours = 8,
    /// <summary>Completed pairs as mentor whose apprentice rose at least one level, within the route's years.</summary>
    ApprenticesMentored = 9,
    /// <summary>A completed master–apprentice plan as the apprentice (Current 0/1 against 1).</summary>
    ApprenticeshipCompleted = 10,
    /// <summary>Leads (Target 2) or belongs to (Target 1) an innovation studio whose latest review did not fail.</summary>
    StudioRole = 11,
}
