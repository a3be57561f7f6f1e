namespace SkillsLadder.Domain.Ladder;

/// <summary>The three-tier talent ladder (DOMAIN.md §1). Tier 3 is an honour flag on top of a level, not a level.</summary>
public enum TalentTier
{
    None = 0,
    /// <summary>技能人才: a certified front-line worker below the tier-2 threshold.</summary>
    SkilledWorker = 1,
    /// <summary>高技能人才: 高级工 or above by default.</summary>
    HighSkilledWorker = 2,
    /// <summary>工匠人才: holds an active craftsman-class honour.</summary>
    Craftsman = 3,
}
