using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Labour;

/// <summary>五小 (small invention, creation, innovation, design, suggestion) and 合理化建议 (DOMAIN.md §4).</summary>
public enum InnovationKind
{
    SmallInvention = 1,
    SmallCreation = 2,
    SmallInnovation = 3,
    SmallDesign = 4,
    SmallSuggestion = 5,
    RationalisationProposal = 6,
}

public enum InnovationStatus
{
    Submitted = 1,
    Accepted = 2,
    NotAdopted = 3,
    Withdrawn = 4,
}

public enum InnovationGrade
{
    First = 1,
    Second = 2,
    Third = 3,
    Encouragement = 4,
}

/// <summary>
/// An innovation entry submitted by a worker (alone or for a team), assessed by the union or enterprise: an assessed
/// yearly benefit in fen and a grade. Accepted entries are ladder evidence for each author.
/// </summary>
public sealed class InnovationEntry : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int MaxAuthors = 10;
    private readonly List<InnovationAuthor> _authors = [];
    private InnovationEntry() { }

    public InnovationEntry(InnovationKind kind, string title, string description, string? expectedBenefit, int submittedByWorkerId,
        int enterpriseId, IReadOnlyCollection<int> coAuthorWorkerIds, int? campaignId, int? participantId, DateTime at)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("innovation.kind", "成果类别无效。", nameof(Kind));
        Title = Guard.Text(title, nameof(Title), TitleMaxLength, 4);
        Description = Guard.Text(description, nameof(Description), TextMaxLength, 10);
        ExpectedBenefit = Guard.OptionalText(expectedBenefit, nameof(ExpectedBenefit), TextMaxLength);
        var authors = coAuthorWorkerIds.Where(id => id != submittedByWorkerId).Distinct().ToList();
        if (authors.Count + 1 > MaxAuthors) throw new DomainException("innovation.authors", $"完成人最多 {MaxAuthors} 名。", "CoAuthors");
        _authors.Add(new InnovationAuthor(submittedByWorkerId, true));
        _authors.AddRange(authors.Select(id => new InnovationAuthor(id, false)));
        (Kind, SubmittedByWorkerId, EnterpriseId, CampaignId, ParticipantId, SubmittedAt, Status) =
            (kind, submittedByWorkerId, enterpriseId, campaignId, participantId, at, InnovationStatus.Submitted);
    }

    public int Id { get; private set; }
    public InnovationKind Kind { get; private set; }
    public string Title { get; private set; } = null!;
    public string Description { get; private set; } = null!;
    public string? ExpectedBenefit { get; private set; }
    public int SubmittedByWorkerId { get; private set; }
    public int EnterpriseId { get; private set; }
    /// <summary>The labour campaign (and team) it was raised in, when there is one: it counts for that team's innovation.</summary>
    public int? CampaignId { get; private set; }
    public int? ParticipantId { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public InnovationStatus Status { get; private set; }
    public long? AssessedBenefitFen { get; private set; }
    public InnovationGrade? Grade { get; private set; }
    public string? AssessmentNote { get; private set; }
    public string? AssessedBy { get; private set; }
    public DateOnly? AssessedOn { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<InnovationAuthor> Authors => _authors;

    /// <summary>
    /// Accepts with an assessed yearly benefit. The grade follows the benefit (<see cref="InnovationGrading"/>) unless the
    /// assessor sets another one, which needs a written reason (a safety gain has no price).
    /// </summary>
    public void Accept(long assessedBenefitFen, InnovationGrade? grade, string? note, string by, DateOnly on)
    {
        EnsureSubmitted();
        if (assessedBenefitFen < 0) throw new DomainException("innovation.benefit", "评估效益不能为负。", "AssessedBenefit");
        var suggested = InnovationGrading.Suggest(assessedBenefitFen);
        if (grade is { } g && !Enum.IsDefined(g)) throw new DomainException("innovation.grade", "等级无效。", nameof(Grade));
        var trimmed = Guard.OptionalText(note, "Note", TextMaxLength);
        if (grade is { } chosen && chosen != suggested && (trimmed is null || trimmed.Length < 4))
            throw new DomainException("innovation.grade_reason", $"按评估效益应评{InnovationGrading.Name(suggested)}；改评其他等级须写明理由。", "Note");
        (Status, AssessedBenefitFen, Grade, AssessmentNote, AssessedBy, AssessedOn) =
            (InnovationStatus.Accepted, assessedBenefitFen, grade ?? suggested, trimmed, by, on);
    }

    public void NotAdopt(string reason, string by, DateOnly on)
    {
        EnsureSubmitted();
        (Status, AssessmentNote, AssessedBy, AssessedOn) = (InnovationStatus.NotAdopted, Guard.Text(reason, "Note", TextMaxLength, 2), by, on);
    }

    public void Withdraw(int workerId)
    {
        EnsureSubmitted();
        if (workerId != SubmittedByWorkerId) throw new DomainException("innovation.not_submitter", "只有提交人可以撤回。");
        Status = InnovationStatus.Withdrawn;
    }

    private void EnsureSubmitted()
    {
        if (Status != InnovationStatus.Submitted) throw new DomainException("innovation.decided", "这项成果已评定或撤回。");
    }
}

public sealed class InnovationAuthor
{
    private InnovationAuthor() { }
    internal InnovationAuthor(int workerId, bool isLead) => (WorkerId, IsLead) = (workerId, isLead);
    public int EntryId { get; private set; }
    public int WorkerId { get; private set; }
    public bool IsLead { get; private set; }
}

/// <summary>
/// Grades by assessed yearly benefit [UNCERTAIN: DOMAIN.md §4 notes grading by benefit is common, thresholds vary]:
/// ≥ ¥100,000 first, ≥ ¥20,000 second, ≥ ¥5,000 third, anything less an encouragement award.
/// </summary>
public static class InnovationGrading
{
    public const long FirstFromFen = 10_000_000, SecondFromFen = 2_000_000, ThirdFromFen = 500_000;

    public static InnovationGrade Suggest(long benefitFen) => benefitFen >= FirstFromFen ? InnovationGrade.First
        : benefitFen >= SecondFromFen ? InnovationGrade.Second : benefitFen >= ThirdFromFen ? InnovationGrade.Third : InnovationGrade.Encouragement;

    public static string Name(InnovationGrade grade) => grade switch
    {
        InnovationGrade.First => "一等", InnovationGrade.Second => "二等", InnovationGrade.Third => "三等", _ => "鼓励奖",
    };
}
