using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Training;

public enum MentoringStatus
{
    /// <summary>The plan is written; the mentor, the apprentice and the enterprise have not all signed.</summary>
    Draft = 1,
    Active = 2,
    Completed = 3,
    Terminated = 4,
}

public enum MentoringParty
{
    Mentor = 1,
    Apprentice = 2,
    Enterprise = 3,
}

/// <summary>
/// A master–apprentice pair (师带徒, 技能帮带) with a signed plan: it starts when the mentor, the apprentice and the
/// enterprise have all signed, runs through milestones each signed off by all three, and completes with its outcome,
/// the levels the apprentice gained in the period, which counts for both on the ladder.
/// </summary>
public sealed class MentoringPair : IVersioned
{
    public const int PlanMaxLength = 4000;
    public const int MinMonths = 3, MaxMonths = 36, MaxMilestones = 12;
    private readonly List<MentoringMilestone> _milestones = [];
    private MentoringPair() { }

    public MentoringPair(int mentorWorkerId, int mentorLevelRank, int apprenticeWorkerId, int apprenticeLevelRank, int enterpriseId,
        string plan, DateOnly startsOn, DateOnly endsOn, IReadOnlyList<(string Title, DateOnly DueOn)> milestones)
    {
        if (mentorWorkerId == apprenticeWorkerId) throw new DomainException("mentoring.same", "师傅和徒弟不能是同一人。", "ApprenticeWorkerId");
        if (mentorLevelRank <= apprenticeLevelRank)
            throw new DomainException("mentoring.level", "师傅的技能等级应高于徒弟。", "MentorWorkerId");
        var months = (endsOn.Year - startsOn.Year) * 12 + endsOn.Month - startsOn.Month;
        if (months < MinMonths || months > MaxMonths)
            throw new DomainException("mentoring.duration", $"带徒期限应为 {MinMonths}–{MaxMonths} 个月。", "EndsOn");
        if (milestones.Count is < 1 or > MaxMilestones)
            throw new DomainException("mentoring.milestones", $"培养计划应有 1–{MaxMilestones} 个节点。", "Milestones");
        if (milestones.Any(m => m.DueOn < startsOn || m.DueOn > endsOn))
            throw new DomainException("mentoring.milestone_date", "节点日期应在带徒期限之内。", "Milestones");
        Plan = Guard.Text(plan, nameof(Plan), PlanMaxLength, 20);
        (MentorWorkerId, ApprenticeWorkerId, EnterpriseId, StartsOn, EndsOn, ApprenticeLevelAtStart) =
            (mentorWorkerId, apprenticeWorkerId, enterpriseId, startsOn, endsOn, apprenticeLevelRank);
        _milestones.AddRange(milestones.OrderBy(m => m.DueOn).Select((m, i) => new MentoringMilestone(i + 1, Guard.Text(m.Title, "Milestones", 200), m.DueOn)));
        Status = MentoringStatus.Draft;
    }

    public int Id { get; private set; }
    public int MentorWorkerId { get; private set; }
    public int ApprenticeWorkerId { get; private set; }
    public int EnterpriseId { get; private set; }
    public string Plan { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public MentoringStatus Status { get; private set; }
    public DateOnly? MentorSignedOn { get; private set; }
    public DateOnly? ApprenticeSignedOn { get; private set; }
    public DateOnly? EnterpriseSignedOn { get; private set; }
    public int ApprenticeLevelAtStart { get; private set; }
    public int? ApprenticeLevelAtEnd { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? TerminationReason { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<MentoringMilestone> Milestones => _milestones;

    /// <summary>Levels the apprentice rose during the pair (the outcome counted for the mentor).</summary>
    public int LevelsGained => ApprenticeLevelAtEnd is { } end ? Math.Max(0, end - ApprenticeLevelAtStart) : 0;

    public void SignPlan(MentoringParty party, DateOnly on)
    {
        if (Status != MentoringStatus.Draft) throw new DomainException("mentoring.not_draft", "培养计划已生效或已结束。");
        switch (party)
        {
            case MentoringParty.Mentor: MentorSignedOn ??= on; break;
            case MentoringParty.Apprentice: ApprenticeSignedOn ??= on; break;
            case MentoringParty.Enterprise: EnterpriseSignedOn ??= on; break;
            default: throw new DomainException("mentoring.party", "签字方无效。");
        }
        if (MentorSignedOn is not null && ApprenticeSignedOn is not null && EnterpriseSignedOn is not null) Status = MentoringStatus.Active;
    }

    public void SignOffMilestone(int number, MentoringParty party, DateOnly on)
    {
        if (Status != MentoringStatus.Active) throw new DomainException("mentoring.not_active", "只有执行中的带徒计划可以签认节点。");
        var milestone = _milestones.SingleOrDefault(m => m.Number == number)
            ?? throw new DomainException("mentoring.milestone_missing", $"没有第 {number} 个节点。", "Number");
        milestone.SignOff(party, on);
    }

    /// <summary>Completes once every milestone carries all three sign-offs; records the apprentice's level now.</summary>
    public void Complete(int apprenticeLevelRankNow, DateOnly on)
    {
        if (Status != MentoringStatus.Active) throw new DomainException("mentoring.not_active", "只有执行中的带徒计划可以结业。");
        var open = _milestones.Where(m => !m.IsSignedOff).Select(m => m.Title).ToList();
        if (open.Count > 0) throw new DomainException("mentoring.milestones_open", $"还有节点未经三方签认：{string.Join("、", open)}。");
        (Status, ApprenticeLevelAtEnd, CompletedOn) = (MentoringStatus.Completed, apprenticeLevelRankNow, on);
    }

    public void Terminate(string reason, DateOnly on)
    {
        if (Status is MentoringStatus.Completed or MentoringStatus.Terminated) throw new DomainException("mentoring.closed", "带徒计划已结束。");
        (Status, TerminationReason, CompletedOn) = (MentoringStatus.Terminated, Guard.Text(reason, "Reason", 500, 2), on);
    }
}

public sealed class MentoringMilestone
{
    private MentoringMilestone() { }
    internal MentoringMilestone(int number, string title, DateOnly dueOn) => (Number, Title, DueOn) = (number, title, dueOn);
    public int PairId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = null!;
    public DateOnly DueOn { get; private set; }
    public DateOnly? MentorSignedOn { get; private set; }
    public DateOnly? ApprenticeSignedOn { get; private set; }
    public DateOnly? EnterpriseSignedOn { get; private set; }
    public bool IsSignedOff => MentorSignedOn is not null && ApprenticeSignedOn is not null && EnterpriseSignedOn is not null;

    internal void SignOff(MentoringParty party, DateOnly on)
    {
        switch (party)
        {
            case MentoringParty.Mentor: MentorSignedOn ??= on; break;
            case MentoringParty.Apprentice: ApprenticeSignedOn ??= on; break;
            case MentoringParty.Enterprise: EnterpriseSignedOn ??= on; break;
            default: throw new DomainException("mentoring.party", "签字方无效。");
        }
    }
}
