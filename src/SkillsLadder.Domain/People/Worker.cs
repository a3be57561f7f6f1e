using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.People;

/// <summary>
/// A worker of an enterprise. The national ID number is the person's identity: it fixes birth date and sex,
/// and it is shown unmasked only to its owner and admins (the read side masks it).
/// </summary>
public sealed class Worker : IVersioned
{
    public const int NameMaxLength = 50;
    /// <summary>The minimum legal working age in China (Labour Law art. 15).</summary>
    public const int MinimumWorkingAge = 16;

    private readonly List<SkillCertificate> _certificates = [];
    private readonly List<WorkerLevelChange> _levelHistory = [];

    private Worker() { }

    public Worker(string fullName, string nationalIdNumber, int enterpriseId, int occupationId, DateOnly hireDate, bool isUnionMember)
    {
        NationalIdNumber = Guard.Valid(nationalIdNumber, nameof(NationalIdNumber), People.NationalIdNumber.Check, People.NationalIdNumber.Normalise);
        BirthDate = People.NationalIdNumber.BirthDate(NationalIdNumber);
        Sex = People.NationalIdNumber.Sex(NationalIdNumber);
        UpdateProfile(fullName, enterpriseId, occupationId, hireDate, isUnionMember);
    }

    public int Id { get; private set; }
    public string FullName { get; private set; } = null!;
    public string NationalIdNumber { get; private set; } = null!;
    public DateOnly BirthDate { get; private set; }
    public Sex Sex { get; private set; }
    public int EnterpriseId { get; private set; }
    public Organisations.Enterprise? Enterprise { get; private set; }
    public int OccupationId { get; private set; }
    public Organisations.Occupation? Occupation { get; private set; }
    public DateOnly HireDate { get; private set; }
    public bool IsUnionMember { get; private set; }
    /// <summary>Derived from the level history (the latest effective entry); kept on the row for listing and filtering.</summary>
    public Education Education { get; private set; }
    /// <summary>The tier last recorded by a ladder evaluation (kept for reports; the evaluator is the authority).</summary>
    public TalentTier Tier { get; private set; }
    /// <summary>The post class of the worker's post (基础/重要/关键/核心岗位); selects the pay-grid row. Null = not classified yet.</summary>
    public int? PostClassId { get; private set; }
    public int? CurrentSkillLevelId { get; private set; }
    public SkillLevel? CurrentSkillLevel { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<SkillCertificate> Certificates => _certificates;
    public IReadOnlyCollection<WorkerLevelChange> LevelHistory => _levelHistory;

    public void UpdateProfile(string fullName, int enterpriseId, int occupationId, DateOnly hireDate, bool isUnionMember)
    {
        FullName = Guard.Text(fullName, nameof(FullName), NameMaxLength);
        if (hireDate < BirthDate.AddYears(MinimumWorkingAge))
            throw new DomainException("worker.hired_under_age",
                $"入职日期早于年满 {MinimumWorkingAge} 周岁之日（{BirthDate.AddYears(MinimumWorkingAge):yyyy-MM-dd}）。", nameof(HireDate));
        EnterpriseId = enterpriseId;
        OccupationId = occupationId;
        HireDate = hireDate;
        IsUnionMember = isUnionMember;
    }

    /// <summary>Records a newly evaluated tier; returns the change to append, or null when the tier is unchanged.</summary>
    public WorkerTierChange? MoveToTier(TalentTier tier, DateOnly effectiveOn, string reason)
    {
        if (tier == Tier) return null;
        var change = new WorkerTierChange(Id, Tier, tier, effectiveOn, reason);
        Tier = tier;
        return change;
    }

    public void AssignPostClass(int? postClassId) => PostClassId = postClassId;

    /// <summary>Records the highest diploma; the ladder policy accepts some diplomas in place of years.</summary>
    public void RecordEducation(Education education) =>
        Education = Enum.IsDefined(education) ? education
            : throw new DomainException("worker.education", "学历取值无效。", nameof(Education));

    /// <summary>Records a certificate; with <paramref name="raisesLevel"/> it also becomes a level-history entry.</summary>
    public SkillCertificate AddCertificate(string number, SkillLevel level, int occupationId, DateOnly issuedOn, string issuer, bool raisesLevel)
    {
        if (issuedOn < BirthDate.AddYears(MinimumWorkingAge))
            throw new DomainException("certificate.before_working_age", "发证日期早于持证人年满 16 周岁之日。", "IssuedOn");
        var certificate = new SkillCertificate(this, number, level, occupationId, issuedOn, issuer);
        _certificates.Add(certificate);
        if (raisesLevel) ChangeLevel(level, issuedOn, LevelChangeReason.Assessment, certificate);
        return certificate;
    }

    /// <summary>
    /// Appends a dated level change. Entries may be recorded out of order (paper records arrive late);
    /// the current level is always that of the latest effective date, the later-recorded winning a same-day tie.
    /// </summary>
    public WorkerLevelChange ChangeLevel(SkillLevel level, DateOnly effectiveOn, LevelChangeReason reason, SkillCertificate? certificate = null)
    {
        var change = new WorkerLevelChange(this, level, effectiveOn, reason, certificate);
        _levelHistory.Add(change);
        var current = _levelHistory.OrderBy(c => c.EffectiveOn).Last();
        CurrentSkillLevel = current.SkillLevel;
        CurrentSkillLevelId = current.SkillLevel!.Id;
        return change;
    }
}
