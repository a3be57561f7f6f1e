using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// The rules of the talent ladder as data (DOMAIN.md configurable rules 1–2). Never edited in place: admins save a
/// new numbered version with the date it takes effect, so every past evaluation can be explained by the policy then in force.
/// </summary>
public sealed class LadderPolicy
{
    public const int NoteMaxLength = 500;
    private readonly List<LevelRoute> _routes = [];
    private LadderPolicy() { }

    public LadderPolicy(int number, DateOnly effectiveFrom, int tier1MinLevelRank, int tier2MinLevelRank,
        IEnumerable<LevelRoute> routes, string? note, string createdBy, DateTime createdAt)
    {
        if (tier1MinLevelRank < 1 || tier2MinLevelRank <= tier1MinLevelRank)
            throw new DomainException("ladder.tiers", "高技能人才的起点等级应高于技能人才的起点等级。", nameof(Tier2MinLevelRank));
        var list = routes.ToList();
        // Every condition is part of a route's identity: routes that differ only in training or mentoring are two routes.
        var duplicate = list.GroupBy(r => (r.TargetLevelRank, r.OccupationId, r.YearsAtPreviousLevel, r.YearsInOccupation,
            r.MinimumEducation, r.CompetitionTopN, r.CompetitionMinimumLevel, r.CompetitionWithinYears, r.InnovationsAccepted, r.InnovationsWithinYears,
            r.TrainingConditions))
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException("ladder.route_duplicate", $"等级 {duplicate.Key.TargetLevelRank} 有重复的晋级路径。", "Routes");
        (Number, EffectiveFrom, Tier1MinLevelRank, Tier2MinLevelRank) = (number, effectiveFrom, tier1MinLevelRank, tier2MinLevelRank);
        Note = Guard.OptionalText(note, nameof(Note), NoteMaxLength);
        CreatedBy = Guard.Text(createdBy, nameof(CreatedBy), 256);
        CreatedAt = createdAt;
        _routes.AddRange(list);
    }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>Lowest level rank that makes a worker 技能人才 (default 1, 学徒工).</summary>
    public int Tier1MinLevelRank { get; private set; }
    /// <summary>Lowest level rank that makes a worker 高技能人才 (default 4, 高级工).</summary>
    public int Tier2MinLevelRank { get; private set; }
    public string? Note { get; private set; }
    public string CreatedBy { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyCollection<LevelRoute> Routes => _routes;

    /// <summary>The routes to a level for an occupation: its own when it has any, else the general ones.</summary>
    public IReadOnlyList<LevelRoute> RoutesTo(int levelRank, int occupationId)
    {
        var own = _routes.Where(r => r.TargetLevelRank == levelRank && r.OccupationId == occupationId).ToList();
        return own.Count > 0 ? own : _routes.Where(r => r.TargetLevelRank == levelRank && r.OccupationId is null).ToList();
    }

    public TalentTier TierFor(int? levelRank, bool holdsCraftsmanHonour) =>
        holdsCraftsmanHonour ? TalentTier.Craftsman
        : levelRank >= Tier2MinLevelRank ? TalentTier.HighSkilledWorker
        : levelRank >= Tier1MinLevelRank ? TalentTier.SkilledWorker
        : TalentTier.None;
}
