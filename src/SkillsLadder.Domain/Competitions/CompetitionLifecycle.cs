using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

public enum CompetitionStatus
{
    Draft = 1,
    Registration = 2,
    Marking = 3,
    Locked = 4,
    Ranked = 5,
    Published = 6,
    Closed = 7,
}

/// <summary>What the data says about a competition at the moment of a transition (counted by the handler).</summary>
/// <param name="UnverifiedSheets">Sheets expected (panel judge × entrant not recused, and theory results) not yet verified, missing ones included.</param>
/// <param name="UnassignedCriteria">Practical criteria no panel marks.</param>
public sealed record CompetitionFacts(bool SchemeComplete, int ActiveEntrants, int AssignedJudges, int UnverifiedSheets, bool HasFinalisedSnapshot,
    int UnassignedCriteria = 0);

/// <summary>One recorded step of the lifecycle: never edited, only appended.</summary>
public sealed class CompetitionStatusChange
{
    private CompetitionStatusChange() { }

    public CompetitionStatusChange(CompetitionStatus from, CompetitionStatus to, string by, DateTime at, string? reason)
    {
        (From, To, By, At, Reason) = (from, to, by, at, reason);
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public CompetitionStatus From { get; private set; }
    public CompetitionStatus To { get; private set; }
    public string By { get; private set; } = null!;
    public DateTime At { get; private set; }
    public string? Reason { get; private set; }
}

/// <summary>
/// The lifecycle Draft → Registration → Marking → Locked → Ranked → Published → Closed. Each step checks what must be
/// true; the steps back to marking (a chief judge's unlock from Locked, or a correction from Ranked or Published) need a written reason. Who may take a step is
/// the handler's check; what must hold is the rule here.
/// </summary>
public static class CompetitionLifecycle
{
    /// <summary>Returns null when the step is allowed, else a stable error code and a reason.</summary>
    public static (string Code, string Reason)? Check(CompetitionStatus from, CompetitionStatus to, CompetitionFacts facts, string? reason) =>
        (from, to) switch
        {
            (CompetitionStatus.Draft, CompetitionStatus.Registration) when !facts.SchemeComplete =>
                ("competition.scheme_incomplete", "评分方案尚未完成（各模块权重之和须为 100%，每个模块须有评分项）。"),
            (CompetitionStatus.Draft, CompetitionStatus.Registration) => null,
            (CompetitionStatus.Registration, CompetitionStatus.Marking) when facts.ActiveEntrants == 0 =>
                ("competition.no_entrants", "尚无有效报名，不能开始评分。"),
            (CompetitionStatus.Registration, CompetitionStatus.Marking) when facts.AssignedJudges == 0 =>
                ("competition.no_judges", "尚未分配裁判，不能开始评分。"),
            (CompetitionStatus.Registration, CompetitionStatus.Marking) when facts.UnassignedCriteria > 0 =>
                ("competition.criteria_unassigned", $"还有 {facts.UnassignedCriteria} 个实操评分标准没有分配评分组。"),
            (CompetitionStatus.Registration, CompetitionStatus.Marking) => null,
            (CompetitionStatus.Marking, CompetitionStatus.Locked) when facts.UnverifiedSheets > 0 =>
                ("competition.sheets_unverified", $"还有 {facts.UnverifiedSheets} 张评分表未完成或未经复核，不能锁定。"),
            (CompetitionStatus.Marking, CompetitionStatus.Locked) => null,
            (CompetitionStatus.Locked, CompetitionStatus.Marking) when string.IsNullOrWhiteSpace(reason) =>
                ("competition.unlock_reason", "解锁须写明理由。"),
            (CompetitionStatus.Locked, CompetitionStatus.Marking) => null,
            // A correction after ranking or publication: marks reopen; the published snapshot stays as it is until a
            // new one is finalised and published over it (visibly superseding it).
            (CompetitionStatus.Ranked or CompetitionStatus.Published, CompetitionStatus.Marking) when string.IsNullOrWhiteSpace(reason) =>
                ("competition.unlock_reason", "更正成绩须写明理由。"),
            (CompetitionStatus.Ranked or CompetitionStatus.Published, CompetitionStatus.Marking) => null,
            (CompetitionStatus.Locked, CompetitionStatus.Ranked) => null,
            (CompetitionStatus.Ranked, CompetitionStatus.Published) when !facts.HasFinalisedSnapshot =>
                ("competition.no_final_snapshot", "只能发布经组织者确认的最终排名。"),
            (CompetitionStatus.Ranked, CompetitionStatus.Published) => null,
            (CompetitionStatus.Published, CompetitionStatus.Closed) => null,
            _ => ("competition.transition_not_allowed", $"不能从“{from}”直接转为“{to}”。"),
        };

    /// <summary>The scheme is frozen from the moment marking starts: marks already given must keep their meaning.</summary>
    public static bool SchemeFrozen(CompetitionStatus status) => status >= CompetitionStatus.Marking;

    /// <summary>Takes the step or throws; the caller appends the returned change to the competition's history.</summary>
    public static CompetitionStatusChange Apply(CompetitionStatus from, CompetitionStatus to, CompetitionFacts facts, string by, DateTime at, string? reason = null)
    {
        if (Check(from, to, facts, reason) is { } refusal) throw new DomainException(refusal.Code, refusal.Reason);
        return new CompetitionStatusChange(from, to, by, at, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
    }
}
