using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.Training;

public enum ProgrammeStatus
{
    /// <summary>Taking enrolments (until the programme starts).</summary>
    Open = 1,
    /// <summary>Under way or finished: no new enrolments; attendance and results are recorded.</summary>
    Closed = 2,
    Cancelled = 3,
}

/// <summary>
/// A training programme (技能培训) for an occupation and a tier: provider, hours, how it is assessed, capacity, dates,
/// cost per person and the union's subsidy per person. Only approved programmes count as training hours on the ladder.
/// </summary>
public sealed class TrainingProgramme : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int ProviderMaxLength = 200;
    public const int AssessmentMaxLength = 500;
    public const int MaxHours = 2000;
    private TrainingProgramme() { }

    public TrainingProgramme(string title, int? occupationId, TalentTier? targetTier, string provider, int hours, string assessment, int capacity,
        DateOnly startsOn, DateOnly endsOn, long costFen, long subsidyFen, bool isApproved)
    {
        Update(title, occupationId, targetTier, provider, hours, assessment, capacity, startsOn, endsOn, costFen, subsidyFen, isApproved);
        Status = ProgrammeStatus.Open;
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = null!;
    public int? OccupationId { get; private set; }
    public TalentTier? TargetTier { get; private set; }
    public string Provider { get; private set; } = null!;
    /// <summary>Class hours of the whole programme: what a completion credits to the ladder.</summary>
    public int Hours { get; private set; }
    public string Assessment { get; private set; } = null!;
    public int Capacity { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public long CostFen { get; private set; }
    public long SubsidyFen { get; private set; }
    /// <summary>Approved by the federation (or the human-resources bureau): its hours count toward ladder routes.</summary>
    public bool IsApproved { get; private set; }
    public ProgrammeStatus Status { get; private set; }
    public int Version { get; private set; }

    /// <summary>Share of the hours a trainee must attend to be assessed (80%, rounded up).</summary>
    public int RequiredAttendanceHours => (Hours * 4 + 4) / 5;

    public void Update(string title, int? occupationId, TalentTier? targetTier, string provider, int hours, string assessment, int capacity,
        DateOnly startsOn, DateOnly endsOn, long costFen, long subsidyFen, bool isApproved)
    {
        if (Status == ProgrammeStatus.Cancelled) throw new DomainException("training.cancelled", "培训项目已取消。");
        if (hours is < 1 or > MaxHours) throw new DomainException("training.hours", $"学时应在 1–{MaxHours} 之间。", nameof(Hours));
        if (capacity is < 1 or > 100_000) throw new DomainException("training.capacity", "名额应在 1–100000 之间。", nameof(Capacity));
        if (endsOn < startsOn) throw new DomainException("training.dates", "结束日期不能早于开始日期。", nameof(EndsOn));
        if (costFen < 0 || subsidyFen < 0) throw new DomainException("training.money", "费用和补贴不能为负。", nameof(CostFen));
        if (subsidyFen > costFen) throw new DomainException("training.subsidy", "工会补贴不能超过培训费用。", nameof(SubsidyFen));
        if (targetTier is { } tier && !Enum.IsDefined(tier)) throw new DomainException("training.tier", "目标层级无效。", nameof(TargetTier));
        Title = Guard.Text(title, nameof(Title), TitleMaxLength);
        Provider = Guard.Text(provider, nameof(Provider), ProviderMaxLength);
        Assessment = Guard.Text(assessment, nameof(Assessment), AssessmentMaxLength);
        (OccupationId, TargetTier, Hours, Capacity, StartsOn, EndsOn, CostFen, SubsidyFen, IsApproved) =
            (occupationId, targetTier, hours, capacity, startsOn, endsOn, costFen, subsidyFen, isApproved);
    }

    /// <summary>Enrolment is open until the programme starts, while there is room (the caller counts the enrolled).</summary>
    public void EnsureCanEnrol(int enrolled, DateOnly today)
    {
        if (Status != ProgrammeStatus.Open) throw new DomainException("training.not_open", "培训项目不在报名中。");
        if (today >= StartsOn) throw new DomainException("training.started", $"培训已于 {StartsOn:yyyy-MM-dd} 开班，报名已截止。");
        if (enrolled >= Capacity) throw new DomainException("training.full", $"名额已满（{Capacity} 人）。");
    }

    public void CloseEnrolment() => Status = Status == ProgrammeStatus.Open ? ProgrammeStatus.Closed
        : throw new DomainException("training.not_open", "培训项目不在报名中。");

    public void Cancel() => Status = Status != ProgrammeStatus.Cancelled ? ProgrammeStatus.Cancelled
        : throw new DomainException("training.cancelled", "培训项目已取消。");
}
