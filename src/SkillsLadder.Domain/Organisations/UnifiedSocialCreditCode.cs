namespace SkillsLadder.Domain.Organisations;

/// <summary>
/// The 18-character unified social credit code of GB 32100-2015: registration authority, organisation type,
/// 6-digit region code, 9-character organisation code and a check character, over a 31-character alphabet
/// (digits and capitals without I, O, S, V, Z). Check = 31 − (Σ value·3^(i−1) mod 31) mod 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Returns null when valid, else the reason.</summary>
    public static string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写统一社会信用代码。";
        var code = Normalise(value);
        if (code.Length != Length) return "统一社会信用代码应为 18 位。";
        foreach (var c in code)
            if (!Alphabet.Contains(c)) return $"统一社会信用代码含有无效字符“{c}”（不使用 I、O、S、V、Z）。";
        for (var i = 2; i < 8; i++)
            if (!char.IsAsciiDigit(code[i])) return "统一社会信用代码第 3–8 位应为行政区划代码（数字）。";
        if (CheckCharacter(code.AsSpan(0, 17)) != code[17]) return "统一社会信用代码校验位不正确。";
        return null;
    }

    public static bool IsValid(string? value) => Check(value) is null;

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
