using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>A place on the live board, computed when read from the live rows.</summary>
public sealed record LivePlace(int Position, int Rank, bool Tied, LiveStanding Row);

/// <summary>
/// The live board's top page: the rows down to the <c>size</c>-th best total (and everyone level with it, so shared
/// places at the edge are right), ordered and placed by the calculator's own rules. Two index range reads, whatever
/// the size of the competition.
/// </summary>
internal static class LiveBoardReader
{
    public const int PageSize = 100;

    public static Task<LiveBoard?> BoardAsync(this SkillsLadderDbContext db, int competitionId, CancellationToken ct) =>
        db.LiveBoards.AsNoTracking().SingleOrDefaultAsync(b => b.CompetitionId == competitionId, ct);

    public static async Task<IReadOnlyList<LivePlace>> TopAsync(this SkillsLadderDbContext db, int competitionId, RankingRules rules, int size, CancellationToken ct)
    {
        var mine = db.LiveStandings.AsNoTracking().Where(r => r.CompetitionId == competitionId);
        var edge = await mine.OrderByDescending(r => r.TotalHundredths).Skip(size - 1).Select(r => (int?)r.TotalHundredths).FirstOrDefaultAsync(ct);
        var rows = await (edge is { } lowest ? mine.Where(r => r.TotalHundredths >= lowest) : mine).ToListAsync(ct);

        var scores = new EntrantScores(rows.Count, 0);
        for (var i = 0; i < rows.Count; i++)
            (scores.Total[i], scores.Theory[i], scores.Practical[i]) = (rows[i].TotalHundredths, rows[i].TheoryHundredths, rows[i].PracticalHundredths);
        var entrants = rows.Select(r => new EntrantInput(r.EntrantId, r.Bib, r.TimeUsedSeconds, null)).ToList();
        var (order, ranks, tied) = RankingCalculator.Places(scores, entrants, rules);
        return order.Take(size).Select((e, i) => new LivePlace(i + 1, ranks[i], tied[i], rows[e])).ToList();
    }
}
