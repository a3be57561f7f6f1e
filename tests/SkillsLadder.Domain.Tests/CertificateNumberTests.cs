using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Tests;

public sealed class CertificateNumberTests
{
    private static readonly IReadOnlyList<SkillLevel> Ladder = DefaultSkillLadder.Create();
    private static SkillLevel Level(string code) => Ladder.Single(l => l.Code == code);

    [Theory]
    [InlineData("S330100000000003000001")]
    [InlineData("Y330100000000001000001")]
    public void Well_formed_numbers_pass(string number) => CertificateNumber.Check(number).ShouldBeNull();

    [Theory]
    [InlineData("S3301000000000030000", "22 位")]
    [InlineData("X330100000000000300001", "首字母")]
    [InlineData("S3301000000000030000A1", "数字")]
    [InlineData("S330100000000006000001", "第 16 位")]
    [InlineData("S330100000000000000001", "第 16 位")]
    public void Malformed_numbers_say_why(string number, string reason) => CertificateNumber.Check(number)!.ShouldContain(reason);

    [Fact]
    public void Position_16_must_match_the_national_grade_of_the_level()
    {
        CertificateNumber.CheckAgainstLevel("S330100000000003000001", Level("Senior")).ShouldBeNull();
        CertificateNumber.CheckAgainstLevel("S330100000000003000001", Level("Technician"))!.ShouldContain("不符");
    }

    [Fact]
    public void Enterprise_appointed_levels_need_an_employer_issued_number()
    {
        CertificateNumber.CheckAgainstLevel("Y330100000000001000001", Level("ChiefTechnician")).ShouldBeNull();
        CertificateNumber.CheckAgainstLevel("S330100000000001000001", Level("ChiefTechnician"))!.ShouldContain("Y 开头");
    }

    [Fact]
    public void Issuer_kind_follows_the_first_letter()
    {
        CertificateNumber.IssuerKind("Y330100000000001000001").ShouldBe(CertificateIssuerKind.Employer);
        CertificateNumber.IssuerKind("S330100000000001000001").ShouldBe(CertificateIssuerKind.SocialEvaluationBody);
    }
}
