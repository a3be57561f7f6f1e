namespace SkillsLadder.Application.Common;

/// <summary>
/// "Today" for rules that count days (notice windows, validity, years at a level) is the date in China Standard
/// Time, UTC+8 all year (no daylight saving), whatever time zone the server runs in: an objection filed at 07:00 on
/// the last notice day is on time even though it is still the day before in UTC.
/// </summary>
public static class LocalDate
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public static DateOnly ToChinaDate(this DateTime utc) => DateOnly.FromDateTime(utc.Add(ChinaOffset));
}
