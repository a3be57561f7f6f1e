using System.Globalization;

namespace SkillsLadder.Domain.People;

/// <summary>
/// The 18-character resident identity number of GB 11643-1999: a 6-digit region code, the birth date
/// (yyyyMMdd), a 3-digit sequence whose parity gives the sex, and a check character (0–9 or X).
/// </summary>
public static class NationalIdNumber
{
    public const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Returns null when valid, else a reason in Chinese (the language of the people who read it).</summary>
    public static string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写身份证号码。";
        var id = Normalise(value);
        if (id.Length != Length) return "身份证号码应为 18 位。";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(id[i])) return "身份证号码前 17 位应为数字。";
        if (!char.IsAsciiDigit(id[17]) && id[17] != 'X') return "身份证号码最后一位应为数字或 X。";
        if (id[0] is < '1' or > '8') return "身份证号码的地区代码无效。";
        if (!TryBirthDate(id, out var birth) || birth.Year < 1900) return "身份证号码中的出生日期无效。";
        if (CheckCharacter(id.AsSpan(0, 17)) != id[17]) return "身份证号码校验位不正确。";
        return null;
    }

    public static bool IsValid(string? value) => Check(value) is null;

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    public static DateOnly BirthDate(string validId) =>
        TryBirthDate(validId, out var date) ? date : throw new FormatException("Not a valid ID number.");

    /// <summary>The 17th character is odd for men and even for women.</summary>
    public static Sex Sex(string validId) => (validId[16] - '0') % 2 == 1 ? People.Sex.Male : People.Sex.Female;

    /// <summary>
    /// What everyone but the owner and admins sees: the first three and last four characters,
    /// so that the region and birth date stay hidden while a clerk can still match a paper form.
    /// </summary>
    public static string Mask(string id) =>
        id.Length == Length ? string.Concat(id.AsSpan(0, 3), new string('*', 11), id.AsSpan(14, 4)) : new string('*', id.Length);

    private static bool TryBirthDate(string id, out DateOnly date) =>
        DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

public enum Sex
{
    Male = 1,
    Female = 2,
}
