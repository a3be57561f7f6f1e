namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// A dated change of a worker's talent tier, appended whenever an evaluation finds a different tier than the one
/// recorded (a promotion, a conferral, a lapse). The federation's flow report counts these.
/// </summary>
public sealed class WorkerTierChange
{
    public const int ReasonMaxLength = 200;
    private WorkerTierChange() { }

    public WorkerTierChange(int workerId, TalentTier from, TalentTier to, DateOnly effectiveOn, string reason)
    {
        (WorkerId, FromTier, ToTier, EffectiveOn) = (workerId, from, to, effectiveOn);
        Reason = Common.Guard.Text(reason, nameof(Reason), ReasonMaxLength);
    }

    public long Id { get; private set; }
    public int WorkerId { get; private set; }
    public TalentTier FromTier { get; private set; }
    public TalentTier ToTier { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string Reason { get; private set; } = null!;
}
