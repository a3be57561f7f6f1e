using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>A snapshot's particulars as the jury sees them; Supersedes/SupersededBy are snapshot numbers.</summary>
public sealed record SnapshotInfo(
    int Id, int Number, SnapshotBasis Basis, SnapshotStatus Status, DateTime ComputedAt, int EntrantCount,
    string? FinalisedBy, DateTime? FinalisedAt, string? PublishedBy, DateTime? PublishedAt,
    bool IsLatest, int? Supersedes, int? SupersededBy);

/// <summary>
/// One line of the standings for the jury: everything the snapshot holds, marks as decimals. Names and enterprises
/// are joined from the entrants (a snapshot keeps only entrant ids); ID numbers are never part of a result.
/// </summary>
public sealed record JuryStandingRow(
    int Position, int Rank, bool Tied, int EntrantId, int Bib, string Name, string? Enterprise,
    decimal Total, decimal? Standardised, decimal? Theory, decimal? Practical, int? TimeUsedSeconds,
    Prize Prize, Medal Medal, string? Proposal, string Explanation);

/// <summary>
/// The whole snapshot for organizers and the competition's judges. Snapshot is null while nothing has been ranked.
/// MayFinalise / MayPublish are hints for buttons; the commands check again.
/// </summary>
public sealed record JuryStandings(
    int CompetitionId, string CompetitionName, CompetitionStatus CompetitionStatus, bool IsOrganizer,
    SnapshotInfo? Snapshot, IReadOnlyList<JuryStandingRow> Rows, bool MayFinalise, bool MayPublish);

/// <summary>
/// A line the public may see. Deliberately a separate type with no jury-only members (component marks, time, proposal,
/// explanation), so nothing can leak by a forgotten null. Prize and Medal are null on a live (unofficial) board.
/// </summary>
public sealed record PublicStandingRow(
    int Position, int Rank, bool Tied, int Bib, string Name, string? Enterprise, decimal Total, decimal? Standardised,
    Prize? Prize, Medal? Medal);

public sealed record PublicSnapshotInfo(int Number, SnapshotBasis Basis, SnapshotStatus Status, DateTime ComputedAt, DateTime? PublishedAt, int? Supersedes);

/// <summary>What the public board shows: the current published result, else the live board while marking runs, else nothing.</summary>
public sealed record PublicStandings(
    int CompetitionId, string CompetitionName, CompetitionStatus CompetitionStatus, PublicSnapshotInfo? Snapshot, IReadOnlyList<PublicStandingRow> Rows);
