using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.People;

/// <summary>
/// A skill-level certificate number (DOMAIN.md §1): one letter and 21 digits. Y = issued by an employer,
/// S = by a social training or evaluation body; position 16 holds the national grade (1–5).
/// </summary>
public static class CertificateNumber
{
    public const int Length = 22;
    public const int GradePosition = 16;

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    public static string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写证书编号。";
        var number = Normalise(value);
        if (number.Length != Length) return "证书编号应为 1 个字母加 21 位数字，共 22 位。";
        if (number[0] is not ('Y' or 'S')) return "证书编号首字母应为 Y（用人单位）或 S（社会培训评价组织）。";
        for (var i = 1; i < Length; i++)
            if (!char.IsAsciiDigit(number[i])) return "证书编号第 2–22 位应为数字。";
        if (number[GradePosition - 1] is < '1' or > '5') return "证书编号第 16 位应为等级代码 1–5。";
        return null;
    }

    /// <summary>
    /// A number that is well formed must also name the certificate's level: its position 16 must equal the
    /// level's national grade. Enterprise-appointed levels have no national grade and are issued by employers (Y).
    /// </summary>
    public static string? CheckAgainstLevel(string number, SkillLevel level)
    {
        var grade = number[GradePosition - 1] - '0';
        if (level.NationalGrade is { } expected)
            return grade == expected ? null : $"证书编号第 16 位为 {grade}，与等级“{level.NameZh}”的代码 {expected} 不符。";
        return number[0] == 'Y' ? null : $"“{level.NameZh}”由用人单位评聘，证书编号应以 Y 开头。";
    }

    public static CertificateIssuerKind IssuerKind(string validNumber) =>
        validNumber[0] == 'Y' ? CertificateIssuerKind.Employer : CertificateIssuerKind.SocialEvaluationBody;
}

public enum CertificateIssuerKind
{
    Employer = 1,
    SocialEvaluationBody = 2,
}
