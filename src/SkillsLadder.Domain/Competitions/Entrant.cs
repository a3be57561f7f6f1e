using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

public enum EntrantStatus
{
    Active = 1,
    Withdrawn = 2,
}

/// <summary>
/// One entry in a competition: a worker, or a team of workers, under a bib number. A withdrawn entrant keeps its
/// bib (numbers are never reused, so printed lists stay right) and no longer counts or gets marked.
/// </summary>
public sealed class Entrant : IVersioned
{
    public const int TeamNameMaxLength = 50;
    public const int MaximumBib = 9999;
    private readonly List<EntrantMember> _members = [];

    private Entrant() { }

    public Entrant(int competitionId, int bib, string? teamName, IReadOnlyList<int> workerIds, string registeredBy, DateTime registeredAt)
    {
        if (bib is < 1 or > MaximumBib)
            throw new DomainException("entrant.bib", $"参赛号应在 1–{MaximumBib} 之间。", nameof(Bib));
        if (workerIds.Count == 0 || workerIds.Distinct().Count() != workerIds.Count)
            throw new DomainException("entrant.members", "参赛人员不能为空或重复。", "WorkerIds");
        CompetitionId = competitionId;
        Bib = bib;
        TeamName = Guard.OptionalText(teamName, nameof(TeamName), TeamNameMaxLength);
        if (workerIds.Count > 1 && TeamName is null)
            throw new DomainException("entrant.team_name", "团体参赛须填写队名。", nameof(TeamName));
        _members.AddRange(workerIds.Select(id => new EntrantMember(competitionId, id)));
        Status = EntrantStatus.Active;
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public int Bib { get; private set; }
    public string? TeamName { get; private set; }
    public EntrantStatus Status { get; private set; }
    public string RegisteredBy { get; private set; } = null!;
    public DateTime RegisteredAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }
    /// <summary>Time used on the practical task, for the time tie-break; null when not recorded.</summary>
    public int? TimeUsedSeconds { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<EntrantMember> Members => _members;

    public void RecordTimeUsed(int? seconds)
    {
        if (seconds is < 0 or > 7 * 24 * 3600)
            throw new DomainException("entrant.time", "用时应在 0 秒到 7 天之间。", nameof(TimeUsedSeconds));
        TimeUsedSeconds = seconds;
    }

    public void Withdraw(string reason, string by, DateTime at)
    {
        if (Status == EntrantStatus.Withdrawn)
            throw new DomainException("entrant.already_withdrawn", $"{Bib} 号已于 {WithdrawnAt:yyyy-MM-dd} 退赛。");
        WithdrawalReason = Guard.Text(reason, "Reason", 200);
        Status = EntrantStatus.Withdrawn;
        WithdrawnBy = by;
        WithdrawnAt = at;
    }
}

/// <summary>A worker in an entry; a worker enters a competition once (unique per competition).</summary>
public sealed class EntrantMember
{
    private EntrantMember() { }

    internal EntrantMember(int competitionId, int workerId)
    {
        CompetitionId = competitionId;
        WorkerId = workerId;
    }

    public int EntrantId { get; private set; }
    public int CompetitionId { get; private set; }
    public int WorkerId { get; private set; }
}
