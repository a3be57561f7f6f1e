namespace SkillsLadder.DemoCity;

/// <summary>
/// Size and seed of a demo city. Same options, same city: nothing depends on the wall clock
/// (<see cref="AsOf"/> is the "today" of the data) or on ids the database hands out.
/// </summary>
public sealed record DemoCityOptions
{
    public const string Section = "DemoCity";

    public int Workers { get; init; } = 20_000;
    /// <summary>Null: about one enterprise per 66 workers, at least 10.</summary>
    public int? Enterprises { get; init; }
    public int Seed { get; init; } = 20261121;
    public DateOnly AsOf { get; init; } = new(2026, 6, 30);

    public int EnterpriseCount => Enterprises ?? Math.Max(10, Workers / 66);
}

public sealed record DemoCityProgress(long WorkersWritten, long WorkersTotal, long RowsWritten);

public sealed record DemoCitySummary(int Industries, int Occupations, int Enterprises, int Workers, long Certificates, long LevelChanges, TimeSpan Elapsed)
{
    public long Rows => Industries + Occupations + Enterprises + Workers + Certificates + LevelChanges;
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-3);
}
