using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// One rung of the configurable skill-level ladder (default: the "new eight levels", DOMAIN.md §1).
/// <see cref="Rank"/> orders the rungs (1 = lowest); <see cref="NationalGrade"/> is the 1–5 grade printed
/// in position 16 of a national certificate number (5 = 初级工 … 1 = 高级技师), or null for
/// enterprise-appointed levels (学徒工, 特级技师, 首席技师) that have no national certificate grade.
/// </summary>
public sealed class SkillLevel
{
    private SkillLevel() { }

    public SkillLevel(int rank, string code, string nameZh, string nameEn, int? nationalGrade)
    {
        if (rank < 1) throw new DomainException("skill_level.rank", "Rank starts at 1.", nameof(Rank));
        if (nationalGrade is < 1 or > 5)
            throw new DomainException("skill_level.grade", "A national grade is 1–5.", nameof(NationalGrade));
        Rank = rank;
        Code = Guard.Text(code, nameof(Code), 40);
        NameZh = Guard.Text(nameZh, nameof(NameZh), 40);
        NameEn = Guard.Text(nameEn, nameof(NameEn), 60);
        NationalGrade = nationalGrade;
    }

    public int Id { get; private set; }
    public int Rank { get; private set; }
    public string Code { get; private set; } = null!;
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public int? NationalGrade { get; private set; }
}
