using System.Globalization;

namespace SkillsLadder.Domain.Competitions;

/// <summary>
/// A mark in exact hundredths (7.25 is 725). Marks are stored and compared as integers, so SQLite, PostgreSQL and
/// C# order them identically. Arithmetic on marks happens in <see cref="decimal"/>; <see cref="Round"/> is the one
/// documented rounding step (to hundredths, half away from zero) that every computed mark passes through.
/// </summary>
public readonly record struct Mark(int Hundredths) : IComparable<Mark>
{
    public static readonly Mark Zero = new(0);

    public decimal Value => Hundredths / 100m;

    /// <summary>The rounding rule: to 0.01, ties away from zero (2.345 → 2.35, −2.345 → −2.35).</summary>
    public static Mark Round(decimal value) => new((int)decimal.Round(value * 100m, 0, MidpointRounding.AwayFromZero));

    /// <summary>Parses what a person types ("7", "7.5", "7.25"); more than two decimals is an error, never silently rounded.</summary>
    public static bool TryParse(string? text, out Mark mark)
    {
        mark = Zero;
        if (string.IsNullOrWhiteSpace(text) ||
            !decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var hundredths = value * 100m;
        if (hundredths != decimal.Truncate(hundredths) || hundredths > int.MaxValue) return false;
        mark = new Mark((int)hundredths);
        return true;
    }

    public int CompareTo(Mark other) => Hundredths.CompareTo(other.Hundredths);

    public static bool operator <(Mark a, Mark b) => a.Hundredths < b.Hundredths;
    public static bool operator >(Mark a, Mark b) => a.Hundredths > b.Hundredths;
    public static bool operator <=(Mark a, Mark b) => a.Hundredths <= b.Hundredths;
    public static bool operator >=(Mark a, Mark b) => a.Hundredths >= b.Hundredths;

    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
