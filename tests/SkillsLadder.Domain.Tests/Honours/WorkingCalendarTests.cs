using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Domain.Tests.Honours;

/// <summary>
/// Notice periods in working days across a holiday. The exception days below are test data shaped like a National
/// Day week (Thu 1 – Wed 7 October off, Sunday 27 September and Saturday 10 October worked), not a claim about a real year.
/// </summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = new(
    [
        .. Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), false, "国庆节")),
        new CalendarDay(new DateOnly(2026, 9, 27), true, "国庆节调休"),
        new CalendarDay(new DateOnly(2026, 10, 10), true, "国庆节调休"),
    ]);

    [Theory]
    [InlineData("2026-09-25", 5, "2026-09-30")] // Fri, (Sat off), Sun worked, Mon, Tue, Wed
    [InlineData("2026-09-29", 5, "2026-10-10")] // Tue, Wed, (holiday week), Thu 8, Fri 9, Sat 10 worked
    [InlineData("2026-10-03", 1, "2026-10-08")] // starts in the holiday: moves to the first working day
    [InlineData("2026-11-21", 5, "2026-11-27")] // an ordinary Saturday start: Mon 23 – Fri 27
    [InlineData("2026-11-23", 1, "2026-11-23")] // one day is the start itself
    public void Period_ends_on_the_nth_working_day(string start, int days, string end) =>
        Calendar.EndOfPeriod(DateOnly.Parse(start), days).ShouldBe(DateOnly.Parse(end));

    [Fact]
    public void Exceptions_override_the_weekday_rule()
    {
        Calendar.IsWorkingDay(new DateOnly(2026, 10, 5)).ShouldBeFalse();  // a Monday off
        Calendar.IsWorkingDay(new DateOnly(2026, 9, 27)).ShouldBeTrue();   // a Sunday worked
        Calendar.IsWorkingDay(new DateOnly(2026, 9, 26)).ShouldBeFalse();  // an ordinary Saturday
        Calendar.NextWorkingDay(new DateOnly(2026, 10, 1)).ShouldBe(new DateOnly(2026, 10, 8));
    }

    [Fact]
    public void A_period_of_no_days_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.EndOfPeriod(new DateOnly(2026, 11, 23), 0));
}
