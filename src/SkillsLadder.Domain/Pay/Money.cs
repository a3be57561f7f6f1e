using System.Globalization;
using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Pay;

/// <summary>
/// Money is whole fen in a long, everywhere (DOMAIN.md: no floating point). Yuan text is parsed exactly, at most two
/// decimals; percentages of a minimum wage round UP to the fen, because a floor must never fall below its share.
/// </summary>
public static class Money
{
    public const long MaxFen = 100_000_000_00; // ¥100 million: far above any monthly pay, low enough to sum safely in a long

    public static bool TryParseYuan(string? text, out long fen)
    {
        fen = 0;
        var value = text?.Trim().Replace(",", "").Replace("，", "").TrimStart('¥', '￥');
        if (string.IsNullOrEmpty(value) || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
            return false;
        var scaled = yuan * 100;
        if (scaled != decimal.Truncate(scaled) || scaled > MaxFen) return false;
        fen = (long)scaled;
        return true;
    }

    public static long ParseYuan(string? text, string field) =>
        TryParseYuan(text, out var fen) ? fen
            : throw new DomainException("money.invalid", "金额应为不小于 0 的数字，最多两位小数（单位：元）。", field);

    public static string Yuan(long fen) => (fen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>The share of an amount, in whole percent, rounded up to the fen.</summary>
    public static long PercentOf(long fen, int percent) => (fen * percent + 99) / 100;
}
