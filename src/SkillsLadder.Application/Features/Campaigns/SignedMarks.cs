using System.Globalization;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// Exact parsing of typed points and measured values: at most two decimals, never rounded, and (unlike a skill mark) a
/// leading minus sign allowed, because a labour indicator may run below zero (days behind schedule, a deduction).
/// </summary>
public static class SignedMarks
{
    public const decimal Limit = 1_000_000m;

    /// <summary>Null when the text is an acceptable value; otherwise why not, in words for the person who typed it.</summary>
    public static string? Problem(string? text, out Mark mark)
    {
        mark = Mark.Zero;
        var trimmed = text?.Trim() ?? "";
        var negative = trimmed.StartsWith('-') || trimmed.StartsWith('−');
        var digits = negative ? trimmed[1..].TrimStart() : trimmed;
        if (digits.Length == 0 || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return $"“{trimmed}”不是有效的数字。";
        if (decimal.Round(value, 2) != value) return $"“{trimmed}”超过两位小数。";
        if (value > Limit) return $"“{trimmed}”超出允许的范围。";
        mark = Mark.Round(negative ? -value : value);
        return null;
    }

    /// <summary>The same rules for a number that arrived as JSON: exact to the hundredth, within the limit.</summary>
    public static string? Problem(decimal value, out Mark mark)
    {
        mark = Mark.Zero;
        if (decimal.Round(value, 2) != value) return $"{Show(value)} 超过两位小数。";
        if (Math.Abs(value) > Limit) return $"{Show(value)} 超出允许的范围。";
        mark = Mark.Round(value);
        return null;
    }

    /// <summary>A mark as a person would type it back: "3", "-4.5", "0.25".</summary>
    public static string Show(Mark mark) => Show(mark.Value);

    public static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
