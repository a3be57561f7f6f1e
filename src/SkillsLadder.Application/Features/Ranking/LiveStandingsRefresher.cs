using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// Keeps the live rows of competitions in marking current, after the commits that changed the marks
/// (<see cref="RefreshLiveStandingsCommand"/>, for one save or a batch of them): only the entrants whose sheets or
/// entries changed are scored again, by the same calculator as a whole run, so one new mark costs a few small queries
/// at any size. A change to the competition itself (entering marking, new rules), or a board that does not exist yet,
/// rebuilds the competition's rows in full, once. The board's row is updated first: its lock orders refreshes of one
/// competition (from any node), and each reads the marks after taking it, so the last refresh has seen every commit
/// before it. Saves never wait for it: they commit first.
/// </summary>
public static class LiveStandingsRefresher
{
    public static async Task RefreshAsync(SkillsLadderDbContext db, IReadOnlyCollection<LiveStandingChange> changed, TimeProvider clock, CancellationToken ct)
    {
        foreach (var change in changed.GroupBy(d => d.CompetitionId))
        {
            var id = change.Key;
            // Most commands touch competitions that are not in marking: one small query, then nothing.
            if (await db.Competitions.Where(c => c.Id == id).Select(c => (CompetitionStatus?)c.Status).SingleOrDefaultAsync(ct) != CompetitionStatus.Marking)
                continue;
            var competition = await db.Competitions.AsNoTracking()
                .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
                .SingleOrDefaultAsync(c => c.Id == id, ct);
            if (competition is not { Status: CompetitionStatus.Marking }) continue;
            var at = clock.GetUtcNow().UtcDateTime;
            // First the board's row: its lock orders this competition's refreshes until the commit.
            var bumped = await db.LiveBoards.Where(b => b.CompetitionId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Revision, b => b.Revision + 1).SetProperty(b => b.UpdatedAt, at), ct);
            if (bumped == 0 || change.Any(d => d.EntrantId is null))
                await RebuildAsync(db, competition, bumped == 0, at, ct);
            else
                await UpdateAsync(db, competition, change.Select(d => d.EntrantId!.Value).Distinct().ToList(), ct);
        }
    }

    /// <summary>
    /// The ranking run's check that the live rows say what its own read of the marks says: a node that died between a
    /// commit and its refresh left an entrant's row behind. Only the rows that differ are refreshed (reading their marks
    /// again under the board's lock, since a refresh may have overtaken the run's read), so an agreeing board keeps its
    /// revision.
    /// </summary>
    public static async Task RepairAsync(SkillsLadderDbContext db, int id, RankingInput input, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.LiveBoards.AnyAsync(b => b.CompetitionId == id, ct))
        {
            await RefreshAsync(db, [new LiveStandingChange(id, null)], clock, ct);
            return;
        }
        var scores = RankingCalculator.Score(input);
        var live = await db.LiveStandings.AsNoTracking().Where(r => r.CompetitionId == id)
            .Select(r => new { r.EntrantId, r.Bib, r.TotalHundredths, r.TheoryHundredths, r.PracticalHundredths, r.TimeUsedSeconds, r.MissingAspects })
            .ToDictionaryAsync(r => r.EntrantId, ct);
        var differ = new List<LiveStandingChange>();
        for (var e = 0; e < input.Entrants.Count; e++)
        {
            var entrant = input.Entrants[e];
            if (!live.Remove(entrant.EntrantId, out var row) || row.Bib != entrant.Bib || row.TotalHundredths != scores.Total[e]
                || row.TheoryHundredths != scores.Theory[e] || row.PracticalHundredths != scores.Practical[e]
                || row.TimeUsedSeconds != entrant.TimeUsedSeconds || row.MissingAspects != scores.Missing[e])
                differ.Add(new LiveStandingChange(id, entrant.EntrantId));
        }
        differ.AddRange(live.Keys.Select(entrantId => new LiveStandingChange(id, entrantId))); // rows of entrants no longer active
        if (differ.Count > 0) await RefreshAsync(db, differ, clock, ct);
    }

    private static async Task UpdateAsync(SkillsLadderDbContext db, Competition competition, IReadOnlyList<int> entrantIds, CancellationToken ct)
    {
        var revision = await db.LiveBoards.Where(b => b.CompetitionId == competition.Id).Select(b => b.Revision).SingleAsync(ct);
        var input = await RankingInputReader.ReadAsync(db, competition, SnapshotBasis.Live, ct, entrantIds);
        var scores = RankingCalculator.Score(input);
        var rows = await db.LiveStandings.Where(r => r.CompetitionId == competition.Id && entrantIds.Contains(r.EntrantId)).ToDictionaryAsync(r => r.EntrantId, ct);
        for (var e = 0; e < input.Entrants.Count; e++)
        {
            var entrant = input.Entrants[e];
            if (!rows.Remove(entrant.EntrantId, out var row)) db.LiveStandings.Add(row = new LiveStanding(competition.Id, entrant.EntrantId));
            row.Set(entrant.Bib, scores.Total[e], scores.Theory[e], scores.Practical[e], entrant.TimeUsedSeconds, scores.Missing[e], revision);
        }
        db.LiveStandings.RemoveRange(rows.Values); // withdrawn: off the board
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every active entrant's row again, written in bulk (100k rows in well under a second).</summary>
    private static async Task RebuildAsync(SkillsLadderDbContext db, Competition competition, bool newBoard, DateTime at, CancellationToken ct)
    {
        if (newBoard)
        {
            db.LiveBoards.Add(new LiveBoard(competition.Id, at));
            await db.SaveChangesAsync(ct);
        }
        var revision = await db.LiveBoards.Where(b => b.CompetitionId == competition.Id).Select(b => b.Revision).SingleAsync(ct);
        var input = await RankingInputReader.ReadAsync(db, competition, SnapshotBasis.Live, ct);
        var scores = RankingCalculator.Score(input);
        await db.LiveStandings.Where(r => r.CompetitionId == competition.Id).ExecuteDeleteAsync(ct);
        await using var table = new BulkTable<LiveStanding>(db, Columns);
        await table.CopyAsync(input.Entrants.Select((entrant, e) => new object?[]
        {
            competition.Id, entrant.EntrantId, entrant.Bib, scores.Total[e], scores.Theory[e], scores.Practical[e], entrant.TimeUsedSeconds,
            scores.Missing[e], revision,
        }), ct);
    }

    private static readonly string[] Columns =
    [
        nameof(LiveStanding.CompetitionId), nameof(LiveStanding.EntrantId), nameof(LiveStanding.Bib), nameof(LiveStanding.TotalHundredths),
        nameof(LiveStanding.TheoryHundredths), nameof(LiveStanding.PracticalHundredths), nameof(LiveStanding.TimeUsedSeconds),
        nameof(LiveStanding.MissingAspects), nameof(LiveStanding.Revision),
    ];
}

/// <summary>A standing that changed: one entrant's, or (EntrantId null) the whole competition's.</summary>
public readonly record struct LiveStandingChange(int CompetitionId, int? EntrantId);
