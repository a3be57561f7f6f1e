using Bogus;

namespace SkillsLadder.DemoCity;

/// <summary>Birth, hire and promotion dates of one worker: the higher the rung, the longer the career behind it.</summary>
internal sealed record Career(DateOnly Birth, DateOnly Hire, DateOnly[] StepDates);

internal sealed class CareerPlanner(Randomizer random, DateOnly asOf)
{
    private static readonly DateOnly EarliestBirth = new(1965, 1, 1);
    private readonly DateOnly _latestBirth = Min(new DateOnly(2006, 12, 31), asOf.AddYears(-18));

    /// <param name="entry">Ladder index of the first history entry.</param>
    /// <param name="target">Ladder index of the current level (≥ entry).</param>
    public Career Plan(int entry, int target)
    {
        var gaps = Enumerable.Range(entry + 1, target - entry).Select(YearsToReach).ToArray();
        var tenure = gaps.Sum();
        DateOnly birth, hire;
        if (target == 0)
        {
            // Apprentices are new: hired in the last three years, mostly young.
            hire = asOf.AddDays(-random.Number(30, 3 * 365));
            birth = Clamp(hire.AddYears(-random.Number(17, 30)).AddDays(-random.Number(0, 364)), EarliestBirth, _latestBirth);
        }
        else
        {
            birth = Between(EarliestBirth, Clamp(asOf.AddYears(-18 - tenure), EarliestBirth, _latestBirth));
            // Always ≥ birth + 16 years: birth ≤ as-of − 18 years.
            var latestHire = Min(Max(asOf.AddYears(-tenure), birth.AddYears(16)), asOf.AddDays(-30));
            hire = Between(Min(latestHire, birth.AddYears(random.Number(16, 22))), latestHire);
        }
        return new Career(birth, hire, StepDates(hire, gaps));
    }

    /// <summary>
    /// Strictly ascending dates from hire to as-of: the entry level within the first months, then each promotion
    /// after its usual years (stretched at random), squeezed to fit when the career is shorter than the usual path.
    /// </summary>
    private DateOnly[] StepDates(DateOnly hire, int[] gapYears)
    {
        var available = asOf.DayNumber - hire.DayNumber;
        var first = random.Number(0, Math.Min(180, available / (gapYears.Length + 2)));
        var gaps = gapYears.Select(y => y * 365.0 * (1 + 0.8 * random.Double())).ToArray();
        var room = available - first - gaps.Length;
        var scale = gaps.Sum() > room ? room / gaps.Sum() : 1.0;

        var dates = new DateOnly[gaps.Length + 1];
        dates[0] = hire.AddDays(first);
        for (var i = 0; i < gaps.Length; i++) dates[i + 1] = dates[i].AddDays(1 + (int)(gaps[i] * scale));
        return dates;
    }

    private static int YearsToReach(int index) => CityCatalogue.YearsToReach[Math.Min(index, CityCatalogue.YearsToReach.Length - 1)];

    private DateOnly Between(DateOnly from, DateOnly to) => from.AddDays(random.Number(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    private static DateOnly Clamp(DateOnly value, DateOnly min, DateOnly max) => value < min ? min : value > max ? max : value;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
