using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Labour;

/// <summary>
/// A labour competition (劳动竞赛) around a project or a central task: who takes part, the periods they are assessed
/// over, and the indicator scheme, versioned so a period keeps the rules it was assessed under. Draft → Running →
/// Closed; participants and periods are set up in Draft, assessments run while Running.
/// </summary>
public sealed partial class Campaign : IVersioned
{
    public const int NameMaxLength = 200;
    public const int ProjectMaxLength = 200;
    public const int OrganizerMaxLength = 200;
    public const int MaxPeriods = 160;
    private readonly List<CampaignParticipant> _participants = [];
    private readonly List<CampaignPeriod> _periods = [];
    private readonly List<IndicatorScheme> _schemes = [];

    private Campaign() { }

    public Campaign(string name, CampaignKind kind, string project, string organizer, DateOnly startsOn, DateOnly endsOn,
        PeriodCadence cadence, DateTime createdAt)
    {
        (Status, CreatedAt, CollectiveAwards, IndividualAwards) = (CampaignStatus.Draft, createdAt, 1, 3);
        SetParticulars(name, kind, project, organizer);
        SetDates(startsOn, endsOn, cadence);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = null!;
    public CampaignKind Kind { get; private set; }
    /// <summary>The project or central task the campaign serves (重点工程, 中心任务).</summary>
    public string Project { get; private set; } = null!;
    public string Organizer { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public PeriodCadence Cadence { get; private set; }
    public CampaignStatus Status { get; private set; }
    /// <summary>How many units the year-end proposal puts forward for 先进集体, and individuals for 先进个人.</summary>
    public int CollectiveAwards { get; private set; }
    public int IndividualAwards { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<CampaignParticipant> Participants => _participants;
    public IReadOnlyCollection<CampaignPeriod> Periods => _periods;
    public IReadOnlyCollection<IndicatorScheme> Schemes => _schemes;

    public void SetParticulars(string name, CampaignKind kind, string project, string organizer)
    {
        if (Status == CampaignStatus.Closed) throw Closed();
        if (!Enum.IsDefined(kind)) throw new DomainException("campaign.kind", "竞赛类型无效。", nameof(Kind));
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        Project = Guard.Text(project, nameof(Project), ProjectMaxLength);
        Organizer = Guard.Text(organizer, nameof(Organizer), OrganizerMaxLength);
        Kind = kind;
    }

    /// <summary>Dates and cadence shape the periods, so they change only while the campaign is a draft.</summary>
    public void SetDates(DateOnly startsOn, DateOnly endsOn, PeriodCadence cadence)
    {
        if (Status != CampaignStatus.Draft && (startsOn, endsOn, cadence) != (StartsOn, EndsOn, Cadence))
            throw new DomainException("campaign.started", "竞赛已开始，起止日期和考核周期不能再改。");
        if (!Enum.IsDefined(cadence)) throw new DomainException("campaign.cadence", "考核周期无效。", nameof(Cadence));
        if (endsOn < startsOn) throw new DomainException("campaign.dates", "结束日期不能早于开始日期。", nameof(EndsOn));
        if (endsOn > startsOn.AddYears(5)) throw new DomainException("campaign.dates", "一期竞赛最长 5 年。", nameof(EndsOn));
        (StartsOn, EndsOn, Cadence) = (startsOn, endsOn, cadence);
    }

    public void SetAwardCounts(int collective, int individual)
    {
        if (Status == CampaignStatus.Closed) throw Closed();
        if (collective is < 0 or > 100 || individual is < 0 or > 500)
            throw new DomainException("campaign.awards", "先进集体 0–100 个，先进个人 0–500 名。", nameof(CollectiveAwards));
        (CollectiveAwards, IndividualAwards) = (collective, individual);
    }

    /// <summary>Running needs someone to assess, something to assess them against, and periods to assess them in.</summary>
    public void Start()
    {
        if (Status != CampaignStatus.Draft) throw new DomainException("campaign.not_draft", "只有筹备中的竞赛可以启动。");
        var problems = new List<string>();
        if (_participants.Count(p => p.IsActive) < 2) problems.Add("至少需要两个参赛单位或个人。");
        if (_periods.Count == 0) problems.Add("还没有考核期。");
        if (_schemes.Count == 0) problems.Add("还没有考核指标方案。");
        if (problems.Count > 0) throw new DomainException("campaign.not_ready", string.Join(" ", problems));
        Status = CampaignStatus.Running;
    }

    /// <summary>Closing needs every period locked: the cumulative standings are then final.</summary>
    public void Close()
    {
        if (Status != CampaignStatus.Running) throw new DomainException("campaign.not_running", "只有进行中的竞赛可以结束。");
        var open = _periods.Count(p => p.Status == PeriodStatus.Open);
        if (open > 0) throw new DomainException("campaign.periods_open", $"还有 {open} 个考核期未锁定，不能结束竞赛。");
        Status = CampaignStatus.Closed;
    }

    private static DomainException Closed() => new("campaign.closed", "竞赛已结束，不能再修改。");
}
