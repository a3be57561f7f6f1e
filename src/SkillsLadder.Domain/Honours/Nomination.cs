using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Honours;

/// <summary>
/// A proposal to confer an honour or a competition promotion on a worker, and its whole review: assignment to a
/// reviewer, approval (a second one where the honour asks), public notice with objections, then conferral or
/// rejection. Every transition is checked here and kept as a signed <see cref="NominationStep"/>.
/// </summary>
public sealed partial class Nomination : IVersioned
{
    public const int EvidenceMaxLength = 4000;
    public const int ReasonMaxLength = 1000;
    public const int CollectiveNameMaxLength = 100;
    private readonly List<NominationStep> _steps = [];
    private readonly List<Objection> _objections = [];
    private Nomination() { }

    private Nomination(int workerId, NominationKind kind, NominationSource source, string? evidence,
        bool needsSecondApproval, int noticeWorkingDays, Signature by, DateTime at)
    {
        (WorkerId, Kind, Source, NeedsSecondApproval, NoticeWorkingDays) = (workerId, kind, source, needsSecondApproval, noticeWorkingDays);
        Evidence = Guard.OptionalText(evidence, nameof(Evidence), EvidenceMaxLength);
        (Status, CreatedAt) = (NominationStatus.Submitted, at);
        Record(NominationAction.Nominated, by, at, null);
    }

    /// <summary>An enterprise (or the federation) nominates one of its workers for a catalogue honour, with evidence.</summary>
    public static Nomination ForHonourByEnterprise(int workerId, HonourType honour, int enterpriseId, string evidence, Signature by, DateTime at)
    {
        if (!honour.IsActive) throw new DomainException("nomination.honour_inactive", $"荣誉“{honour.Name}”已停用。", nameof(HonourTypeId));
        if (string.IsNullOrWhiteSpace(evidence) || evidence.Trim().Length < 10)
            throw new DomainException("nomination.evidence", "企业推荐须提供事迹材料（至少 10 个字）。", nameof(Evidence));
        return new(workerId, NominationKind.Honour, NominationSource.Enterprise, evidence, honour.NeedsSecondApproval, honour.NoticeWorkingDays, by, at)
        { HonourTypeId = honour.Id, EnterpriseId = enterpriseId };
    }

    /// <summary>A published competition result proposes a title (rules: top N → title).</summary>
    public static Nomination ForHonourFromResult(int workerId, HonourType honour, ResultReference result, Signature by, DateTime at) =>
        new(workerId, NominationKind.Honour, NominationSource.CompetitionResult, result.Describe(), honour.NeedsSecondApproval, honour.NoticeWorkingDays, by, at)
        { HonourTypeId = honour.Id, CompetitionId = result.CompetitionId, SnapshotId = result.SnapshotId, ResultRank = result.Rank };

    /// <summary>A published competition result proposes one level up (rules: winners → one level up to a cap).</summary>
    public static Nomination ForPromotionFromResult(int workerId, int targetLevelId, int noticeWorkingDays, ResultReference result, Signature by, DateTime at) =>
        new(workerId, NominationKind.Promotion, NominationSource.CompetitionResult, result.Describe(), false, noticeWorkingDays, by, at)
        { TargetLevelId = targetLevelId, CompetitionId = result.CompetitionId, SnapshotId = result.SnapshotId, ResultRank = result.Rank };

    /// <summary>A labour campaign's individual standing proposes a title (先进个人).</summary>
    public static Nomination ForCampaignIndividual(int workerId, HonourType honour, CampaignReference campaign, Signature by, DateTime at) =>
        new(workerId, NominationKind.Honour, NominationSource.LabourCampaign, campaign.Describe(), honour.NeedsSecondApproval, honour.NoticeWorkingDays, by, at)
        { HonourTypeId = honour.Id, CampaignId = campaign.CampaignId, CampaignParticipantId = campaign.ParticipantId, ResultRank = campaign.Rank };

    /// <summary>A labour campaign's unit standing proposes a collective title (先进集体); the unit's leader stands for it.</summary>
    public static Nomination ForCampaignCollective(int leaderWorkerId, string collectiveName, HonourType honour, CampaignReference campaign, Signature by, DateTime at) =>
        new(leaderWorkerId, NominationKind.CollectiveHonour, NominationSource.LabourCampaign, campaign.Describe(), honour.NeedsSecondApproval, honour.NoticeWorkingDays, by, at)
        {
            HonourTypeId = honour.Id, CampaignId = campaign.CampaignId, CampaignParticipantId = campaign.ParticipantId, ResultRank = campaign.Rank,
            CollectiveName = Guard.Text(collectiveName, nameof(CollectiveName), CollectiveNameMaxLength),
        };

    public int Id { get; private set; }
    public int WorkerId { get; private set; }
    public NominationKind Kind { get; private set; }
    public NominationSource Source { get; private set; }
    public int? HonourTypeId { get; private set; }
    public int? TargetLevelId { get; private set; }
    public int? EnterpriseId { get; private set; }
    public int? CompetitionId { get; private set; }
    public int? SnapshotId { get; private set; }
    public int? ResultRank { get; private set; }
    public int? CampaignId { get; private set; }
    public int? CampaignParticipantId { get; private set; }
    /// <summary>The unit's name on a collective nomination (shown on the notice instead of the leader's).</summary>
    public string? CollectiveName { get; private set; }
    public string? Evidence { get; private set; }
    public bool NeedsSecondApproval { get; private set; }
    public int NoticeWorkingDays { get; private set; }
    public NominationStatus Status { get; private set; }
    public string? ReviewerUserId { get; private set; }
    public string? ReviewerName { get; private set; }
    public string? FirstApproverUserId { get; private set; }
    public DateOnly? NoticeStartsOn { get; private set; }
    public DateOnly? NoticeEndsOn { get; private set; }
    public DateOnly? ConferredOn { get; private set; }
    public string? Outcome { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<NominationStep> Steps => _steps;
    public IReadOnlyCollection<Objection> Objections => _objections;

    public bool IsClosed => Status is NominationStatus.Conferred or NominationStatus.Rejected or NominationStatus.Withdrawn;

    private void Record(NominationAction action, Signature by, DateTime at, string? note) => _steps.Add(new NominationStep(action, by, at, note));

    private static string Reason(string? reason, string field = "Reason") =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2
            ? throw new DomainException("nomination.reason", "请填写理由。", field)
            : Guard.Text(reason, field, ReasonMaxLength);
}

/// <summary>The competition result a nomination came from.</summary>
public sealed record ResultReference(int CompetitionId, string CompetitionName, int SnapshotId, int Rank)
{
    public string Describe() => $"{CompetitionName}：第 {Rank} 名（成绩快照 {SnapshotId}）";
}

/// <summary>Where a campaign nomination came from: the campaign, the participant, its cumulative place and total.</summary>
public sealed record CampaignReference(int CampaignId, string CampaignName, int ParticipantId, int Rank, string Total)
{
    public string Describe() => $"{CampaignName}：累计第 {Rank} 名（{Total} 分）";
}
