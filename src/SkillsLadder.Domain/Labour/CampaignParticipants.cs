using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Labour;

public sealed partial class Campaign
{
    public const int MaxParticipants = 2000;

    /// <summary>A section, crew or enterprise; its leader (a worker) stands for it in a 先进集体 nomination.</summary>
    public CampaignParticipant AddUnit(string name, UnitKind unitKind, int? enterpriseId, int? leaderWorkerId)
    {
        EnsureSetUp();
        if (!Enum.IsDefined(unitKind)) throw new DomainException("campaign.unit_kind", "单位类型无效。", nameof(UnitKind));
        var trimmed = Guard.Text(name, "Name", CampaignParticipant.NameMaxLength);
        if (_participants.Any(p => p.IsActive && p.Kind == ParticipantKind.Unit && p.Name == trimmed))
            throw new DomainException("campaign.unit_duplicate", $"参赛单位“{trimmed}”已在本竞赛中。", "Name");
        return Add(new CampaignParticipant(ParticipantKind.Unit, trimmed, unitKind, enterpriseId, null, leaderWorkerId));
    }

    /// <summary>One worker, optionally as a member of a unit of the same campaign.</summary>
    public CampaignParticipant AddIndividual(int workerId, string workerName, int enterpriseId, int? unitId)
    {
        EnsureSetUp();
        if (_participants.Any(p => p.IsActive && p.WorkerId == workerId))
            throw new DomainException("campaign.individual_duplicate", $"{workerName} 已是本竞赛的参赛个人。", "WorkerId");
        // A unit is referred to by id, so it must have been saved before members are placed in it.
        if (unitId is { } id && (id <= 0 || !_participants.Any(p => p.Id == id && p.Kind == ParticipantKind.Unit && p.IsActive)))
            throw new DomainException("campaign.unit_missing", "所属参赛单位不在本竞赛中。", "UnitId");
        return Add(new CampaignParticipant(ParticipantKind.Individual, Guard.Text(workerName, "Name", CampaignParticipant.NameMaxLength),
            null, enterpriseId, workerId, null) { UnitId = unitId });
    }

    /// <summary>Withdrawn participants keep their assessments (the record stays) but leave the standings.</summary>
    public void Withdraw(int participantId, string reason)
    {
        if (Status == CampaignStatus.Closed) throw new DomainException("campaign.closed", "竞赛已结束，不能再修改。");
        var participant = _participants.SingleOrDefault(p => p.Id == participantId)
            ?? throw new DomainException("campaign.participant_missing", "参赛者不在本竞赛中。", "ParticipantId");
        participant.Withdraw(reason);
    }

    private CampaignParticipant Add(CampaignParticipant participant)
    {
        if (_participants.Count >= MaxParticipants)
            throw new DomainException("campaign.too_many", $"一项竞赛最多 {MaxParticipants} 个参赛者。");
        _participants.Add(participant);
        return participant;
    }

    private void EnsureSetUp()
    {
        if (Status == CampaignStatus.Closed) throw new DomainException("campaign.closed", "竞赛已结束，不能再修改。");
    }
}

/// <summary>A unit or an individual taking part. Units may name member workers (their crew).</summary>
public sealed class CampaignParticipant
{
    public const int NameMaxLength = 100;
    public const int ReasonMaxLength = 500;
    private readonly List<ParticipantMember> _members = [];
    private CampaignParticipant() { }

    internal CampaignParticipant(ParticipantKind kind, string name, UnitKind? unitKind, int? enterpriseId, int? workerId, int? leaderWorkerId) =>
        (Kind, Name, UnitKind, EnterpriseId, WorkerId, LeaderWorkerId, IsActive) = (kind, name, unitKind, enterpriseId, workerId, leaderWorkerId, true);

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public ParticipantKind Kind { get; private set; }
    public string Name { get; private set; } = null!;
    public UnitKind? UnitKind { get; private set; }
    public int? EnterpriseId { get; private set; }
    /// <summary>The worker, for an individual.</summary>
    public int? WorkerId { get; private set; }
    /// <summary>The unit an individual belongs to, if any.</summary>
    public int? UnitId { get; internal set; }
    /// <summary>The unit's leader (班组长, 项目经理), who stands for it in a collective nomination.</summary>
    public int? LeaderWorkerId { get; private set; }
    public bool IsActive { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public IReadOnlyCollection<ParticipantMember> Members => _members;

    public void SetMembers(IEnumerable<int> workerIds)
    {
        if (Kind != ParticipantKind.Unit) throw new DomainException("campaign.members_unit", "只有参赛单位有成员。");
        var wanted = workerIds.Distinct().ToList();
        if (wanted.Count > 500) throw new DomainException("campaign.members_many", "一个参赛单位最多 500 名成员。");
        _members.RemoveAll(m => !wanted.Contains(m.WorkerId));
        _members.AddRange(wanted.Where(id => _members.All(m => m.WorkerId != id)).Select(id => new ParticipantMember(id)));
    }

    internal void Withdraw(string reason)
    {
        if (!IsActive) throw new DomainException("campaign.withdrawn", $"“{Name}”已退出。");
        WithdrawalReason = Guard.Text(reason, "Reason", ReasonMaxLength);
        IsActive = false;
    }
}

public sealed class ParticipantMember
{
    private ParticipantMember() { }
    internal ParticipantMember(int workerId) => WorkerId = workerId;
    public int ParticipantId { get; private set; }
    public int WorkerId { get; private set; }
}
