using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>How an entrant appears on a result: bib, the team name or the member(s), and their enterprise(s).</summary>
public sealed record EntrantLabel(int EntrantId, int Bib, string Name, string? Enterprise);

/// <summary>Reads shared by the results queries: entrant labels, snapshots and their rows.</summary>
internal static class ResultsData
{
    /// <param name="only">Just these entrants (a board's page); null for all.</param>
    public static async Task<Dictionary<int, EntrantLabel>> EntrantLabelsAsync(this SkillsLadderDbContext db, int competitionId, CancellationToken ct,
        IReadOnlyCollection<int>? only = null)
    {
        var entrants = await db.Entrants.AsNoTracking().Where(e => e.CompetitionId == competitionId && (only == null || only.Contains(e.Id)))
            .Select(e => new { e.Id, e.Bib, e.TeamName }).ToListAsync(ct);
        var members = (await (
                from m in db.EntrantMembers.AsNoTracking()
                join w in db.Workers on m.WorkerId equals w.Id
                join p in db.Enterprises on w.EnterpriseId equals p.Id
                where m.CompetitionId == competitionId && (only == null || only.Contains(m.EntrantId))
                select new { m.EntrantId, w.FullName, Enterprise = p.Name })
            .ToListAsync(ct)).ToLookup(m => m.EntrantId);
        return entrants.ToDictionary(e => e.Id, e =>
        {
            var mine = members[e.Id].OrderBy(m => m.FullName).ToList();
            var enterprises = mine.Select(m => m.Enterprise).Distinct().ToList();
            return new EntrantLabel(e.Id, e.Bib, e.TeamName ?? string.Join("、", mine.Select(m => m.FullName)),
                enterprises.Count == 0 ? null : string.Join("、", enterprises));
        });
    }

    public static async Task<(string Name, CompetitionStatus Status)> CompetitionAsync(this SkillsLadderDbContext db, int competitionId, CancellationToken ct)
    {
        var c = await db.Competitions.AsNoTracking().Where(c => c.Id == competitionId).Select(c => new { c.Name, c.Status }).SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException("Competition", competitionId);
        return (c.Name, c.Status);
    }

    /// <summary>The snapshot asked for (it must be this competition's), else the newest of the basis, else the newest of all.</summary>
    public static async Task<StandingsSnapshot?> ChooseSnapshotAsync(this SkillsLadderDbContext db, int competitionId, int? snapshotId,
        SnapshotBasis? basis, CancellationToken ct)
    {
        if (snapshotId is { } id)
            return await db.StandingsSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.CompetitionId == competitionId, ct)
                   ?? throw new NotFoundException("StandingsSnapshot", id);
        return await db.StandingsSnapshots.AsNoTracking()
            .Where(s => s.CompetitionId == competitionId && (basis == null || s.Basis == basis))
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
    }

    public static Task<List<StandingsRow>> RowsAsync(this SkillsLadderDbContext db, int snapshotId, CancellationToken ct) =>
        db.StandingsRows.AsNoTracking().Where(r => r.SnapshotId == snapshotId).OrderBy(r => r.Position).ToListAsync(ct);

    public static async Task<SnapshotInfo> InfoAsync(this SkillsLadderDbContext db, StandingsSnapshot s, CancellationToken ct)
    {
        var isLatest = !await db.StandingsSnapshots.AnyAsync(o => o.CompetitionId == s.CompetitionId && o.Basis == s.Basis && o.Number > s.Number, ct);
        var supersedes = await db.StandingsSnapshots.Where(o => o.SupersededById == s.Id).Select(o => (int?)o.Number).MaxAsync(ct);
        var supersededBy = s.SupersededById is { } by
            ? await db.StandingsSnapshots.Where(o => o.Id == by).Select(o => (int?)o.Number).SingleOrDefaultAsync(ct) : null;
        return new SnapshotInfo(s.Id, s.Number, s.Basis, s.Status, s.ComputedAt, s.EntrantCount, s.FinalisedBy, s.FinalisedAt,
            s.PublishedBy, s.PublishedAt, isLatest, supersedes, supersededBy);
    }

    public static decimal Marks(int hundredths) => hundredths / 100m;
    public static decimal? Marks(int? hundredths) => hundredths / 100m;
}
