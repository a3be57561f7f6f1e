using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.Pay;

/// <summary>
/// One dated entry of a worker's pay-grade history: the agreement, the grid cell their post class, level and tier
/// selected, and its monthly pay, from a date. Appended when an agreement takes effect or a level/tier change lands.
/// </summary>
public sealed class PayGradeChange
{
    public const int ReasonMaxLength = 200;
    private PayGradeChange() { }

    public PayGradeChange(int workerId, int agreementId, PayGradeFacts grade, long monthlyFen, DateOnly effectiveFrom, string reason)
    {
        (WorkerId, AgreementId, PostClassId, LevelRank, Tier) = (workerId, agreementId, grade.PostClassId, grade.LevelRank, grade.Tier);
        (MonthlyFen, EffectiveFrom) = (monthlyFen, effectiveFrom);
        Reason = Common.Guard.Text(reason, nameof(Reason), ReasonMaxLength);
    }

    public long Id { get; private set; }
    public int WorkerId { get; private set; }
    public int AgreementId { get; private set; }
    public int PostClassId { get; private set; }
    public int LevelRank { get; private set; }
    public TalentTier Tier { get; private set; }
    public long MonthlyFen { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public string Reason { get; private set; } = null!;

    public bool SameGradeAs(PayGradeFacts grade, long monthlyFen) =>
        PostClassId == grade.PostClassId && LevelRank == grade.LevelRank && Tier == grade.Tier && MonthlyFen == monthlyFen;
}
