using SkillsLadder.Application.Common;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// Ranks a competition again from its current marks and writes a complete snapshot (Live while marking runs, Locked
/// once the marks are locked), unless the input is unchanged since the latest snapshot. Settles every standings demand
/// it has seen. This is what the ranking job sends; it is safe to send twice.
/// </summary>
/// <param name="LiveSnapshotEvery">While marking runs: no new live snapshot if the newest is younger than this; the
/// demands then stay for a later run (the sweep's). The live board does not wait for it: it reads the live rows.</param>
public sealed record RecomputeStandingsCommand(int CompetitionId, TimeSpan? LiveSnapshotEvery = null) : ICommand<RecomputeResult>;

/// <param name="SnapshotId">The snapshot now current (new or unchanged); null when there is nothing to rank yet.</param>
/// <param name="Written">False when the input equalled the latest snapshot's and nothing was written.</param>
/// <param name="DueAt">
/// Marking goes on and the latest live snapshot is younger than the interval: nothing was ranked, the demands wait, and
/// this is when the next run may rank (the job asks for one then).
/// </param>
public sealed record RecomputeResult(int CompetitionId, int? SnapshotId, int? Number, SnapshotBasis? Basis, bool Written, int Entrants, DateTime? DueAt = null);

/// <summary>Competitions with standings demands no snapshot has settled yet: what the periodic sweep ranks again.</summary>
public sealed record PendingStandingsQuery : MediatR.IRequest<IReadOnlyList<int>>;
