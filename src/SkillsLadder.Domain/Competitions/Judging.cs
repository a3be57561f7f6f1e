using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

/// <summary>
/// A judge on a competition: a sign-in account with the Judge role, with the name and enterprise that conflict
/// detection compares against entrants. The chief judge (裁判长) verifies, unlocks and settles disagreements.
/// </summary>
public sealed class CompetitionJudge
{
    private CompetitionJudge() { }

    public CompetitionJudge(int competitionId, int userId, string fullName, int? enterpriseId, bool isChief)
    {
        CompetitionId = competitionId;
        UserId = userId;
        FullName = Guard.Text(fullName, nameof(FullName), 50);
        EnterpriseId = enterpriseId;
        IsChief = isChief;
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public int UserId { get; private set; }
    public string FullName { get; private set; } = null!;
    public int? EnterpriseId { get; private set; }
    public bool IsChief { get; private set; }

    public void SetChief(bool isChief) => IsChief = isChief;
}

/// <summary>
/// A marking group: its judges mark the aspects of its criteria for every active entrant (a criterion belongs to
/// one panel only), except the entrants a judge is conflicted with.
/// </summary>
public sealed class JudgePanel
{
    public const int NameMaxLength = 50;
    private readonly List<PanelMember> _members = [];
    private readonly List<PanelCriterion> _criteria = [];

    private JudgePanel() { }

    public JudgePanel(int competitionId, string name)
    {
        CompetitionId = competitionId;
        Rename(name);
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public string Name { get; private set; } = null!;
    public IReadOnlyCollection<PanelMember> Members => _members;
    public IReadOnlyCollection<PanelCriterion> Criteria => _criteria;

    public void Rename(string name) => Name = Guard.Text(name, nameof(Name), NameMaxLength);

    /// <summary>Sets who sits on the panel and what it marks; the handler checks they belong to this competition.</summary>
    public void Assign(IReadOnlyCollection<int> judgeIds, IReadOnlyCollection<int> criterionIds)
    {
        if (judgeIds.Count == 0) throw new DomainException("panel.no_judges", "评分组至少需要一名裁判。", "JudgeIds");
        if (criterionIds.Count == 0) throw new DomainException("panel.no_criteria", "评分组至少要负责一个评分标准。", "CriterionIds");
        _members.RemoveAll(m => !judgeIds.Contains(m.JudgeId));
        _members.AddRange(judgeIds.Where(id => _members.All(m => m.JudgeId != id)).Select(id => new PanelMember(id)));
        _criteria.RemoveAll(c => !criterionIds.Contains(c.CriterionId));
        _criteria.AddRange(criterionIds.Where(id => _criteria.All(c => c.CriterionId != id)).Select(id => new PanelCriterion(id)));
    }
}

public sealed class PanelMember
{
    private PanelMember() { }
    internal PanelMember(int judgeId) => JudgeId = judgeId;
    public int PanelId { get; private set; }
    public int JudgeId { get; private set; }
}

public sealed class PanelCriterion
{
    private PanelCriterion() { }
    internal PanelCriterion(int criterionId) => CriterionId = criterionId;
    public int PanelId { get; private set; }
    public int CriterionId { get; private set; }
}
