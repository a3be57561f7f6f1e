using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// The ranking job's command. Reads the demand high-water mark first, then the marks, so a mark committed during the
/// run leaves a demand newer than the snapshot and is ranked by the next run. Writes the whole snapshot in this
/// command's transaction, or nothing when the input equals the latest snapshot's; settles the demands it saw.
/// </summary>
public sealed class RecomputeStandingsHandler(SkillsLadderDbContext db, TimeProvider clock, ILogger<RecomputeStandingsHandler> logger)
    : MediatR.IRequestHandler<RecomputeStandingsCommand, RecomputeResult>, MediatR.IRequestHandler<PendingStandingsQuery, IReadOnlyList<int>>
{
    public async Task<RecomputeResult> Handle(RecomputeStandingsCommand request, CancellationToken ct)
    {
        var id = request.CompetitionId;
        var demandUpTo = await db.StandingsDemands.Where(d => d.CompetitionId == id).MaxAsync(d => (long?)d.Id, ct) ?? 0;
        var competition = await db.Competitions.AsNoTracking()
            .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (competition is null || competition.Status < CompetitionStatus.Marking)
        {
            await SettleAsync(id, demandUpTo, ct);
            return new RecomputeResult(id, null, null, null, false, 0);
        }
        var basis = competition.Status >= CompetitionStatus.Locked ? SnapshotBasis.Locked : SnapshotBasis.Live;
        if (basis == SnapshotBasis.Live && request.LiveSnapshotEvery is { } every)
        {
            var newest = await db.StandingsSnapshots.Where(s => s.CompetitionId == id && s.Basis == SnapshotBasis.Live)
                .OrderByDescending(s => s.Number).Select(s => new { s.Id, s.Number, s.ComputedAt }).FirstOrDefaultAsync(ct);
            if (newest is not null && newest.ComputedAt > clock.GetUtcNow().UtcDateTime - every)
                return new RecomputeResult(id, newest.Id, newest.Number, basis, false, 0, newest.ComputedAt + every); // too soon
        }
        var watch = Stopwatch.StartNew();
        var input = await RankingInputReader.ReadAsync(db, competition, basis, ct);
        var read = watch.Elapsed;
        // The hash runs beside the latest snapshot's query and the scoring: an unchanged input wastes the scoring, a
        // changed one (the usual case, since a demand brought the job here) waits for neither.
        var hashing = Task.Run(() => InputHash.Of(input, basis), ct);
        var latest = await db.StandingsSnapshots.AsNoTracking().Where(s => s.CompetitionId == id)
            .OrderByDescending(s => s.Number).Select(s => new { s.Id, s.Number, s.InputHash, s.Basis }).FirstOrDefaultAsync(ct);
        var standings = RankingCalculator.Standings(input);
        var hash = await hashing;
        var ranked = watch.Elapsed;
        if (latest is not null && latest.InputHash == hash)
        {
            await SettleAsync(id, demandUpTo, ct);
            return new RecomputeResult(id, latest.Id, latest.Number, latest.Basis, false, input.Entrants.Count);
        }

        var snapshot = new StandingsSnapshot(id, (latest?.Number ?? 0) + 1, basis, hash, clock.GetUtcNow().UtcDateTime, demandUpTo, standings.Count);
        db.StandingsSnapshots.Add(snapshot);
        await db.SaveChangesAsync(ct);
        await WriteRowsAsync(snapshot.Id, standings, ct);
        // The live rows are kept by each node after its commits; a node that died in between left a row behind.
        if (basis == SnapshotBasis.Live) await LiveStandingsRefresher.RepairAsync(db, id, input, clock, ct);
        await SettleAsync(id, demandUpTo, ct);
        logger.LogDebug("Ranked competition {CompetitionId}: {Entrants} entrants; read {Read} ms, hash and places {Rank} ms, explain and write {Write} ms",
            id, standings.Count, (int)read.TotalMilliseconds, (int)(ranked - read).TotalMilliseconds, (int)(watch.Elapsed - ranked).TotalMilliseconds);
        return new RecomputeResult(id, snapshot.Id, snapshot.Number, basis, true, standings.Count);
    }

    public async Task<IReadOnlyList<int>> Handle(PendingStandingsQuery request, CancellationToken ct) =>
        await db.StandingsDemands.Select(d => d.CompetitionId).Distinct().OrderBy(c => c).ToListAsync(ct);

    /// <summary>
    /// The rows go in with the bulk writer (binary COPY on PostgreSQL), inside this command's transaction and in primary
    /// key order (entrant id): the change tracker costs about ten times more per row, and a big competition has a
    /// hundred thousand of them (tools/SkillsLadder.Benchmarks). Their explanations are written on another core while
    /// the database takes the rows before them.
    /// </summary>
    private async Task WriteRowsAsync(int snapshotId, RankedStandings standings, CancellationToken ct)
    {
        await using var table = new BulkTable<StandingsRow>(db, Columns);
        await table.CopyAsync(standings.ByEntrantId().Select(r => new object?[]
        {
            snapshotId, r.EntrantId, r.Position, r.Rank, r.Tied, r.TotalHundredths, r.StandardHundredths, r.TheoryHundredths,
            r.PracticalHundredths, r.TimeUsedSeconds, r.Prize, r.Medal, r.Proposal, r.Explanation,
        }), ct);
    }

    private static readonly string[] Columns =
    [
        nameof(StandingsRow.SnapshotId), nameof(StandingsRow.EntrantId), nameof(StandingsRow.Position), nameof(StandingsRow.Rank),
        nameof(StandingsRow.Tied), nameof(StandingsRow.TotalHundredths), nameof(StandingsRow.StandardHundredths), nameof(StandingsRow.TheoryHundredths),
        nameof(StandingsRow.PracticalHundredths), nameof(StandingsRow.TimeUsedSeconds), nameof(StandingsRow.Prize), nameof(StandingsRow.Medal),
        nameof(StandingsRow.Proposal), nameof(StandingsRow.Explanation),
    ];

    private Task SettleAsync(int competitionId, long upTo, CancellationToken ct) =>
        db.StandingsDemands.Where(d => d.CompetitionId == competitionId && d.Id <= upTo).ExecuteDeleteAsync(ct);
}
