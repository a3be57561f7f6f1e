using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Web.Pages.Bargaining;

/// <summary>How the bargaining pages write money and dates.</summary>
public static class BargainingFormat
{
    public static string Yuan(long fen) => "¥" + Money.Yuan(fen);
    public static string Yuan(long? fen) => fen is { } f ? Yuan(f) : "—";
    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
