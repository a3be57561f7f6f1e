using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Testing;

/// <summary>
/// Competitions with marks locked and standings snapshots written through the domain constructors, for the results
/// tests (the ranking calculator has its own). No panels: the only expected sheets are the theory results, one per
/// entrant, imported and locked, so the "every expected sheet locked" check has something real to count.
/// </summary>
public static class StandingsData
{
    private static int _serial = 7000;

    public sealed record LockedCompetition(int Id, IReadOnlyList<Entrant> Entrants, IReadOnlyList<int> TheorySheetIds);

    /// <summary>A competition in <paramref name="status"/> (Marking or Locked) with one entrant per name and their theory sheets.</summary>
    public static async Task<LockedCompetition> CreateAsync(SkillsLadderDbContext db, int occupationId, int enterpriseId, string[] names,
        CompetitionStatus status = CompetitionStatus.Locked, bool lockSheets = true, string competitionName = "2026年全市数控车工技能竞赛")
    {
        var now = DateTime.UtcNow;
        var competition = new Competition(CompetitionData.Details(occupationId, competitionName), "organizer", now);
        competition.ReplaceScheme(CompetitionData.StandardScheme());
        var ready = new CompetitionFacts(true, names.Length, 1, 0, false);
        competition.MoveTo(CompetitionStatus.Registration, ready, "organizer", now);
        var workers = names.Select(n => new Worker(n, TestData.IdNumber(new DateOnly(1988, 4, 4), Interlocked.Add(ref _serial, 3) % 990),
            enterpriseId, occupationId, new DateOnly(2012, 1, 1), true)).ToList();
        db.AddRange([competition, .. workers]);
        await db.SaveChangesAsync();
        var entrants = workers.Select((w, i) => new Entrant(competition.Id, i + 1, null, [w.Id], "organizer", now)).ToList();
        db.AddRange(entrants);
        competition.MoveTo(CompetitionStatus.Marking, ready, "organizer", now);
        await db.SaveChangesAsync();

        var theory = await db.MarkingComponents.Include(c => c.Criteria).ThenInclude(k => k.Aspects)
            .SingleAsync(c => c.CompetitionId == competition.Id && c.Kind == ComponentKind.Theory);
        var aspect = theory.Criteria.Single().Aspects.Single();
        var sheets = entrants.Select((e, i) =>
        {
            var sheet = new ScoreSheet(competition.Id, e.Id, SheetSource.ExamImport, null, null, theory.Id);
            sheet.Record([new SheetEntryInput(aspect.Id, aspect.Rule, new Mark(9000 - 500 * i))], "organizer", now);
            sheet.Submit([aspect.Id], "organizer", now);
            sheet.Verify("chief", now);
            if (lockSheets) sheet.Lock("organizer", now);
            return sheet;
        }).ToList();
        db.AddRange(sheets);
        await db.SaveChangesAsync();
        if (status == CompetitionStatus.Locked)
        {
            competition.MoveTo(CompetitionStatus.Locked, ready, "organizer", now);
            await db.SaveChangesAsync();
        }
        return new LockedCompetition(competition.Id, entrants, sheets.Select(s => s.Id).ToList());
    }

    /// <summary>A row with a plausible explanation; marks in hundredths.</summary>
    public static StandingsRow Row(int entrantId, int position, int rank, int total, Prize prize = Prize.None, Medal medal = Medal.None,
        string? proposal = null, bool tied = false) =>
        new(entrantId, position, rank, tied, total, total + 60000, 8000, total - 2400, 3600 + position, prize, medal, proposal,
            $"实操 {total - 2400} 理论 8000；第 {rank} 名");

    /// <summary>Writes the next snapshot of a competition, as seen up to the newest standings demand (nothing pending).</summary>
    public static async Task<StandingsSnapshot> AddSnapshotAsync(SkillsLadderDbContext db, int competitionId, SnapshotBasis basis, params StandingsRow[] rows)
    {
        var number = (await db.StandingsSnapshots.Where(s => s.CompetitionId == competitionId).MaxAsync(s => (int?)s.Number) ?? 0) + 1;
        var upTo = await db.StandingsDemands.Where(d => d.CompetitionId == competitionId).MaxAsync(d => (long?)d.Id) ?? 0;
        var snapshot = new StandingsSnapshot(competitionId, number, basis, new string('a', StandingsSnapshot.HashLength - 2) + number.ToString("00"),
            DateTime.UtcNow, upTo, rows.Length);
        db.Add(snapshot);
        await db.SaveChangesAsync();
        db.AddRange(rows.Select(r => r.InSnapshot(snapshot)));
        await db.SaveChangesAsync();
        return snapshot;
    }
}
