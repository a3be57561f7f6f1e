using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.People;

/// <summary>One dated entry of a worker's level history; never edited, only appended.</summary>
public sealed class WorkerLevelChange
{
    private WorkerLevelChange() { }

    internal WorkerLevelChange(Worker worker, SkillLevel level, DateOnly effectiveOn, LevelChangeReason reason, SkillCertificate? certificate)
    {
        Worker = worker;
        SkillLevel = level;
        SkillLevelId = level.Id;
        EffectiveOn = effectiveOn;
        Reason = reason;
        Certificate = certificate;
    }

    public int Id { get; private set; }
    public int WorkerId { get; private set; }
    public Worker? Worker { get; private set; }
    public int SkillLevelId { get; private set; }
    public SkillLevel? SkillLevel { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public LevelChangeReason Reason { get; private set; }
    public int? CertificateId { get; private set; }
    public SkillCertificate? Certificate { get; private set; }
}

public enum LevelChangeReason
{
    /// <summary>Level recorded when the worker joined the system.</summary>
    Initial = 1,
    /// <summary>职业技能等级认定.</summary>
    Assessment = 2,
    /// <summary>Promotion by a competition result.</summary>
    Competition = 3,
    /// <summary>评聘 inside an enterprise (特级技师, 首席技师).</summary>
    Appointment = 4,
}
