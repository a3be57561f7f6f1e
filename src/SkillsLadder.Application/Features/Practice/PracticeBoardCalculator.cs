using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>A submitted attempt as the board needs it.</summary>
public sealed record BoardEntry(int WorkerId, int EnterpriseId, int IndustryId, int Score, int TimeUsedSeconds);

/// <summary>One computed line; the board id is added when it is written.</summary>
public sealed record BoardLine(BoardScope Scope, int SubjectId, int Rank, int ScoreHundredths, int Participants, int TimeUsedSeconds);

/// <summary>
/// The practice boards, pure. People: score descending, then time used ascending; equal on both share a place and
/// the next place is skipped (1, 1, 3). Enterprises and industries: the average score of their participants in
/// hundredths, rounded half away from zero once (never an average of rounded figures), then participants descending;
/// equal on both share a place. Within a shared place lines are listed by id, so reruns write identical rows.
/// </summary>
public static class PracticeBoardCalculator
{
    public static IReadOnlyList<BoardLine> Rank(IReadOnlyList<BoardEntry> entries)
    {
        var lines = new List<BoardLine>(entries.Count + 1000);
        var people = entries.OrderByDescending(e => e.Score).ThenBy(e => e.TimeUsedSeconds).ThenBy(e => e.WorkerId).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            var e = people[i];
            var shared = i > 0 && people[i - 1].Score == e.Score && people[i - 1].TimeUsedSeconds == e.TimeUsedSeconds;
            lines.Add(new BoardLine(BoardScope.Person, e.WorkerId, shared ? lines[^1].Rank : i + 1, e.Score * 100, 1, e.TimeUsedSeconds));
        }
        lines.AddRange(Groups(BoardScope.Enterprise, entries, e => e.EnterpriseId));
        lines.AddRange(Groups(BoardScope.Industry, entries, e => e.IndustryId));
        return lines;
    }

    /// <summary>sum × 100 / count, rounded half away from zero, in integers: exact for any number of participants.</summary>
    public static int AverageHundredths(long sum, int count)
    {
        var numerator = sum * 100;
        var rounded = (Math.Abs(numerator) * 2 + count) / (2L * count);
        return (int)(numerator < 0 ? -rounded : rounded);
    }

    private static IEnumerable<BoardLine> Groups(BoardScope scope, IReadOnlyList<BoardEntry> entries, Func<BoardEntry, int> key)
    {
        var groups = entries.GroupBy(key)
            .Select(g => (Id: g.Key, Average: AverageHundredths(g.Sum(e => (long)e.Score), g.Count()), Count: g.Count()))
            .OrderByDescending(g => g.Average).ThenByDescending(g => g.Count).ThenBy(g => g.Id).ToList();
        var rank = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (i == 0 || groups[i - 1].Average != g.Average || groups[i - 1].Count != g.Count) rank = i + 1;
            yield return new BoardLine(scope, g.Id, rank, g.Average, g.Count, 0);
        }
    }
}
