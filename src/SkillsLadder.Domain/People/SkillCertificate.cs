using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.People;

/// <summary>A 职业技能等级证书 held by a worker. Created only through <see cref="Worker.AddCertificate"/>.</summary>
public sealed class SkillCertificate
{
    public const int IssuerMaxLength = 100;

    private SkillCertificate() { }

    internal SkillCertificate(Worker worker, string number, SkillLevel level, int occupationId, DateOnly issuedOn, string issuer)
    {
        Number = Guard.Valid(number, nameof(Number), CertificateNumber.Check, CertificateNumber.Normalise);
        var mismatch = CertificateNumber.CheckAgainstLevel(Number, level);
        if (mismatch is not null) throw new DomainException("certificate.level_mismatch", mismatch, nameof(Number));
        Worker = worker;
        SkillLevel = level;
        SkillLevelId = level.Id;
        OccupationId = occupationId;
        IssuedOn = issuedOn;
        Issuer = Guard.Text(issuer, nameof(Issuer), IssuerMaxLength);
        IssuerKind = CertificateNumber.IssuerKind(Number);
    }

    public int Id { get; private set; }
    public int WorkerId { get; private set; }
    public Worker? Worker { get; private set; }
    public string Number { get; private set; } = null!;
    public int SkillLevelId { get; private set; }
    public SkillLevel? SkillLevel { get; private set; }
    public int OccupationId { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public string Issuer { get; private set; } = null!;
    public CertificateIssuerKind IssuerKind { get; private set; }
}
