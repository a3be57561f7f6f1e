using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.Pay;

/// <summary>When a change of level or tier reaches pay, as each agreement sets it (DOMAIN.md §5: "e.g. next pay month").</summary>
public enum PayEffectiveRule
{
    /// <summary>From the first day of the month after the change.</summary>
    NextPayMonth = 1,
    /// <summary>From the day of the change itself.</summary>
    SameDay = 2,
}

/// <summary>A worker's grade under an agreement: the grid cell their post class, level and tier select, and its pay.</summary>
public sealed record PayGradeFacts(int PostClassId, int LevelRank, TalentTier Tier);

public static class PayGrades
{
    public static DateOnly EffectiveFrom(DateOnly changedOn, PayEffectiveRule rule) => rule switch
    {
        PayEffectiveRule.SameDay => changedOn,
        _ => new DateOnly(changedOn.Year, changedOn.Month, 1).AddMonths(1),
    };

    /// <summary>
    /// The date a grade change takes effect: never before the agreement itself takes effect, and for a change that
    /// happened before that, the agreement's own start.
    /// </summary>
    public static DateOnly EffectiveFrom(DateOnly changedOn, PayEffectiveRule rule, DateOnly agreementEffectiveFrom)
    {
        var from = EffectiveFrom(changedOn, rule);
        return from < agreementEffectiveFrom ? agreementEffectiveFrom : from;
    }
}
