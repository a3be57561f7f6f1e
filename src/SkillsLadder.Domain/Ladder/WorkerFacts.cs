using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Ladder;

/// <summary>What the ladder evaluator needs to know about one worker, read once from the database.</summary>
public sealed record WorkerFacts(
    int OccupationId,
    DateOnly HireDate,
    Education Education,
    IReadOnlyList<LevelHeld> LevelHistory,
    IReadOnlyList<HonourHeld> Honours,
    IReadOnlyList<CompetitionPlacing> Placings)
{
    /// <summary>Accepted innovation entries with the worker as an author (五小, 合理化建议): ladder evidence.</summary>
    public IReadOnlyList<InnovationHeld> Innovations { get; init; } = [];
    /// <summary>Completed programmes (approved or not; only approved hours count toward routes).</summary>
    public IReadOnlyList<TrainingHeld> Training { get; init; } = [];
    /// <summary>Completed master–apprentice pairs, as mentor or as apprentice.</summary>
    public IReadOnlyList<MentoringHeld> Mentoring { get; init; } = [];
    /// <summary>Studios the worker leads or belongs to, with their dates and whether the latest review passed.</summary>
    public IReadOnlyList<StudioHeld> Studios { get; init; } = [];
}

public sealed record TrainingHeld(string Title, int Hours, bool Approved, DateOnly CompletedOn);

public sealed record MentoringHeld(bool AsMentor, string OtherName, int LevelsGained, DateOnly CompletedOn);

/// <summary>A studio role from <see cref="From"/> until <see cref="To"/> (exclusive; null: still); a failed latest review stops it counting.</summary>
public sealed record StudioHeld(string Name, bool IsLead, DateOnly From, DateOnly? To, bool LatestReviewFailed)
{
    public bool CountsOn(DateOnly day) => From <= day && (To is null || day < To) && !LatestReviewFailed;
}

/// <summary>A dated entry of the level history (rank of the level, date it took effect).</summary>
public sealed record LevelHeld(int LevelRank, DateOnly EffectiveOn);

public sealed record HonourHeld(string Title, bool CountsTowardCraftsman, DateOnly ConferredOn, DateOnly? ExpiresOn)
{
    public bool IsActiveOn(DateOnly day) => ConferredOn <= day && (ExpiresOn is null || day < ExpiresOn);
}

/// <summary>A place in a published competition result.</summary>
public sealed record CompetitionPlacing(string CompetitionName, CompetitionLevel Level, int Rank, DateOnly PublishedOn);

/// <summary>An accepted innovation entry the worker is an author of; it counts from the day it was accepted.</summary>
public sealed record InnovationHeld(string Title, InnovationKind Kind, InnovationGrade Grade, DateOnly AcceptedOn);
