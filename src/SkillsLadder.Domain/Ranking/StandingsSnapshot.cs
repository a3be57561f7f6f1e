namespace SkillsLadder.Domain.Ranking;

public enum SnapshotBasis
{
    /// <summary>From submitted and verified marks while marking runs: the live board.</summary>
    Live = 1,
    /// <summary>From locked marks: the standings that can be finalised and published.</summary>
    Locked = 2,
}

public enum SnapshotStatus
{
    Computed = 1,
    /// <summary>An organizer checked that nothing is pending and signed it: the only kind that may be published.</summary>
    Finalised = 2,
    /// <summary>Published snapshots never change; a correction publishes a new one that supersedes it.</summary>
    Published = 3,
    Superseded = 4,
}

public enum Prize
{
    None = 0,
    First = 1,
    Second = 2,
    Third = 3,
}

public enum Medal
{
    None = 0,
    Gold = 1,
    Silver = 2,
    Bronze = 3,
    Medallion = 4,
}

/// <summary>
/// A complete, versioned result of one ranking run. Written whole in one transaction; readers take the newest
/// snapshot of the basis they want, so they always see a whole one. Identical input gives an identical snapshot (the
/// input hash), and a run whose input hash equals the latest snapshot's writes nothing new. Its rows are a table of
/// their own (<see cref="StandingsRow"/>), keyed by snapshot and entrant, written beside it in the same transaction.
/// </summary>
public sealed class StandingsSnapshot
{
    public const int HashLength = 64;

    private StandingsSnapshot() { }

    public StandingsSnapshot(int competitionId, int number, SnapshotBasis basis, string inputHash, DateTime computedAt, long demandUpTo,
        int entrantCount)
    {
        (CompetitionId, Number, Basis, InputHash, ComputedAt, DemandUpTo) = (competitionId, number, basis, inputHash, computedAt, demandUpTo);
        Status = SnapshotStatus.Computed;
        EntrantCount = entrantCount;
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public int Number { get; private set; }
    public SnapshotBasis Basis { get; private set; }
    public SnapshotStatus Status { get; private set; }
    public string InputHash { get; private set; } = null!;
    public DateTime ComputedAt { get; private set; }
    /// <summary>The last standings demand (a mark change) this run had seen; older demands are settled by it.</summary>
    public long DemandUpTo { get; private set; }
    public int EntrantCount { get; private set; }
    public string? FinalisedBy { get; private set; }
    public DateTime? FinalisedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public int? SupersededById { get; private set; }
    public void Finalise(string by, DateTime at)
    {
        if (Basis != SnapshotBasis.Locked || Status != SnapshotStatus.Computed)
            throw new Common.DomainException("snapshot.not_finalisable", "只有根据锁定成绩计算、尚未确认的排名可以确认。");
        (Status, FinalisedBy, FinalisedAt) = (SnapshotStatus.Finalised, by, at);
    }

    public void Publish(string by, DateTime at)
    {
        if (Status != SnapshotStatus.Finalised) throw new Common.DomainException("snapshot.not_finalised", "只能发布经组织者确认的最终排名。");
        (Status, PublishedBy, PublishedAt) = (SnapshotStatus.Published, by, at);
    }

    public void SupersedeBy(int snapshotId)
    {
        if (Status != SnapshotStatus.Published) throw new Common.DomainException("snapshot.not_published", "只有已发布的排名会被更正版取代。");
        (Status, SupersededById) = (SnapshotStatus.Superseded, snapshotId);
    }
}

/// <summary>One entrant's line in a snapshot: marks in hundredths, the place, prizes, proposals and why.</summary>
public sealed class StandingsRow
{
    public const int ExplanationMaxLength = 4000;
    private StandingsRow() { }

    public StandingsRow(int entrantId, int position, int rank, bool tied, int totalHundredths, int? standardHundredths,
        int? theoryHundredths, int? practicalHundredths, int? timeUsedSeconds, Prize prize, Medal medal, string? proposal, string explanation)
    {
        (EntrantId, Position, Rank, Tied, TotalHundredths, StandardHundredths) = (entrantId, position, rank, tied, totalHundredths, standardHundredths);
        (TheoryHundredths, PracticalHundredths, TimeUsedSeconds, Prize, Medal, Proposal) = (theoryHundredths, practicalHundredths, timeUsedSeconds, prize, medal, proposal);
        Explanation = explanation.Length > ExplanationMaxLength ? explanation[..ExplanationMaxLength] : explanation;
    }

    public int SnapshotId { get; private set; }
    public int EntrantId { get; private set; }
    /// <summary>1…n in display order (strict); <see cref="Rank"/> repeats for shared places.</summary>
    public int Position { get; private set; }
    public int Rank { get; private set; }
    public bool Tied { get; private set; }
    public int TotalHundredths { get; private set; }
    public int? StandardHundredths { get; private set; }
    public int? TheoryHundredths { get; private set; }
    public int? PracticalHundredths { get; private set; }
    public int? TimeUsedSeconds { get; private set; }
    public Prize Prize { get; private set; }
    public Medal Medal { get; private set; }
    public string? Proposal { get; private set; }
    public string Explanation { get; private set; } = null!;

    /// <summary>Files a computed row under its saved snapshot (the ranking job's bulk writer sets the id itself).</summary>
    public StandingsRow InSnapshot(StandingsSnapshot snapshot)
    {
        if (snapshot.Id == 0) throw new InvalidOperationException("Save the snapshot before its rows.");
        SnapshotId = snapshot.Id;
        return this;
    }
}

/// <summary>
/// "Something changed; rank again": appended in the same transaction as the marks that changed, so a crash between
/// the commit and the job loses nothing. The ranking job settles every demand up to the newest it read.
/// </summary>
public sealed class StandingsDemand
{
    private StandingsDemand() { }
    public StandingsDemand(int competitionId, DateTime requestedAt) => (CompetitionId, RequestedAt) = (competitionId, requestedAt);
    public long Id { get; private set; }
    public int CompetitionId { get; private set; }
    public DateTime RequestedAt { get; private set; }
}
