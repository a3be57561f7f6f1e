using System.Text.RegularExpressions;

namespace SkillsLadder.Domain.Organisations;

/// <summary>
/// A code of the national occupational classification (中华人民共和国职业分类大典, 2022 edition):
/// major group (1–8), middle group, minor group and occupation, written "6-18-01-01".
/// </summary>
public static partial class OccupationCode
{
    public static string Normalise(string value) => value.Trim();

    public static string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "请填写职业编码。";
        return Pattern().IsMatch(Normalise(value)) ? null : "职业编码格式应为“6-18-01-01”（大类 1–8）。";
    }

    [GeneratedRegex(@"^[1-8]-\d{2}-\d{2}-\d{2}$")]
    private static partial Regex Pattern();
}
