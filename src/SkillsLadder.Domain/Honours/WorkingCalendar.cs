namespace SkillsLadder.Domain.Honours;

/// <summary>
/// A day that breaks the Monday–Friday rule: a public holiday on a weekday, or a weekend made a working day (调休).
/// Admins keep these per year, as the State Council publishes them.
/// </summary>
public sealed class CalendarDay
{
    public const int NameMaxLength = 50;
    private CalendarDay() { }

    public CalendarDay(DateOnly date, bool isWorkingDay, string name) =>
        (Date, IsWorkingDay, Name) = (date, isWorkingDay, Common.Guard.Text(name, nameof(Name), NameMaxLength));

    public DateOnly Date { get; private set; }
    public bool IsWorkingDay { get; private set; }
    public string Name { get; private set; } = null!;
}

/// <summary>Working-day arithmetic for public notice periods (DOMAIN.md §2: "5 working days").</summary>
public sealed class WorkingCalendar(IEnumerable<CalendarDay> exceptions)
{
    private readonly Dictionary<DateOnly, bool> _exceptions = exceptions.ToDictionary(d => d.Date, d => d.IsWorkingDay);

    public bool IsWorkingDay(DateOnly day) =>
        _exceptions.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly NextWorkingDay(DateOnly from)
    {
        var day = from;
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days starting on <paramref name="start"/>
    /// (itself counted when it is a working day). A non-working start moves to the next working day.
    /// </summary>
    public DateOnly EndOfPeriod(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = NextWorkingDay(start);
        for (var counted = 1; counted < workingDays; counted++) day = NextWorkingDay(day.AddDays(1));
        return day;
    }
}
