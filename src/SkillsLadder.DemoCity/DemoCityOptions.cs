namespace SkillsLadder.DemoCity;

/// <summary>
/// Size and seed of a demo city (configuration section "DemoCity"). Same options, same city: nothing depends on
/// the wall clock (<see cref="AsOf"/> is the "today" of the data) or on ids handed out by the database.
/// </summary>
public sealed record DemoCityOptions
{
    public const string Section = "DemoCity";
    public const int MaxWorkers = 10_000_000;
    /// <summary>Enterprise ids fill six digits of their certificate numbers, and names must stay unique.</summary>
    public const int MaxEnterprises = 100_000;
    public static readonly DateOnly EarliestAsOf = new(1990, 1, 1);

    public int Workers { get; init; } = 20_000;
    /// <summary>Null: about one enterprise per 66 workers, at least 10.</summary>
    public int? Enterprises { get; init; }
    public int Seed { get; init; } = 20261121;
    public DateOnly AsOf { get; init; } = new(2026, 6, 30);

    public int EnterpriseCount => Enterprises ?? Math.Clamp(Workers / 66, 10, MaxEnterprises);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first value out of range.</summary>
    public void Validate()
    {
        if (Workers is < 1 or > MaxWorkers)
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, $"A demo city has 1 to {MaxWorkers:N0} workers.");
        if (EnterpriseCount is < 1 or > MaxEnterprises)
            throw new ArgumentOutOfRangeException(nameof(Enterprises), EnterpriseCount, $"A demo city has 1 to {MaxEnterprises:N0} enterprises.");
        if (AsOf < EarliestAsOf)
            throw new ArgumentOutOfRangeException(nameof(AsOf), AsOf, $"The as-of date must be {EarliestAsOf:yyyy-MM-dd} or later: workers are born from 1965.");
    }
}

/// <summary>Reported after each batch of workers is written.</summary>
public sealed record DemoCityProgress(int WorkersWritten, int WorkersTotal, long RowsWritten);

public sealed record DemoCitySummary(
    int Industries, int Occupations, int Enterprises, int Workers, int Certificates, int LevelChanges, TimeSpan Elapsed)
{
    /// <summary>Demo honours written, and the initial tier changes of the whole-city evaluation.</summary>
    public int Honours { get; init; }
    public int TierChanges { get; init; }
    public long Rows => (long)Industries + Occupations + Enterprises + Workers + Certificates + LevelChanges;
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-3);
}
