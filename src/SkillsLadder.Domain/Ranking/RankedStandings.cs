namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// A scored and placed run (<see cref="RankingCalculator.Standings"/>) from which the rows are built. Building a row
/// means writing its "why this rank" text, which is most of the work after the marks are read; the job streams the rows
/// to the database in entrant order (<see cref="ByEntrantId"/>), so the texts are written while the database stores the
/// rows before them.
/// </summary>
public sealed class RankedStandings
{
    /// <summary>Rows built ahead of the writer at a time: large enough to keep a core busy, small enough to start at once.</summary>
    private const int Chunk = 4096;

    private readonly RankingInput _input;
    private readonly EntrantScores _scores;
    private readonly int[] _order, _ranks;
    private readonly bool[] _tied;
    private readonly (int First, int Second, int Third) _prizes;

    internal RankedStandings(RankingInput input, EntrantScores scores, int[] order, int[] ranks, bool[] tied)
    {
        (_input, _scores, _order, _ranks, _tied) = (input, scores, order, ranks, tied);
        _prizes = PrizeAwarder.Counts(input.Rules, order.Length);
    }

    public int Count => _order.Length;

    /// <summary>Every row, best first, built on all cores.</summary>
    public IReadOnlyList<StandingsRow> ByPosition()
    {
        var rows = new StandingsRow[_order.Length];
        RankingCalculator.InParallel(rows.Length, NewExplanation, (i, explanation) => rows[i] = Row(i, explanation));
        return rows;
    }

    /// <summary>
    /// Every row in ascending entrant id (the primary key's order, the cheapest to insert), each chunk built on the thread
    /// pool while the caller consumes the one before.
    /// </summary>
    public IEnumerable<StandingsRow> ByEntrantId()
    {
        var positions = PositionsByEntrantId();
        Task<StandingsRow[]> Build(int start) => Task.Run(() =>
        {
            var explanation = NewExplanation();
            var rows = new StandingsRow[Math.Min(Chunk, positions.Length - start)];
            for (var j = 0; j < rows.Length; j++) rows[j] = Row(positions[start + j], explanation);
            return rows;
        });
        var next = positions.Length > 0 ? Build(0) : null;
        for (var start = 0; start < positions.Length; start += Chunk)
        {
            var rows = next!.GetAwaiter().GetResult();
            next = start + Chunk < positions.Length ? Build(start + Chunk) : null;
            foreach (var row in rows) yield return row;
        }
    }

    /// <summary>The position of each entrant, listed by ascending entrant id.</summary>
    private int[] PositionsByEntrantId()
    {
        var ids = new int[_order.Length];
        var positions = new int[_order.Length];
        for (var i = 0; i < _order.Length; i++) (ids[i], positions[i]) = (_input.Entrants[_order[i]].EntrantId, i);
        Array.Sort(ids, positions);
        return positions;
    }

    private RankExplanation NewExplanation() => new(_input, _scores, _input.Rules.TieBreakChain, _input.Rules.StrictOrder);

    private StandingsRow Row(int i, RankExplanation explanation)
    {
        var (e, rank, tied) = (_order[i], _ranks[i], _tied[i]);
        var previous = i > 0 ? _order[i - 1] : -1;
        var tiedWithPrevious = previous >= 0 && explanation.Tied(e, previous);
        var entrant = _input.Entrants[e];
        var rules = _input.Rules;
        int? standard = _scores.Standard is { } s ? s[e] : null;
        return new StandingsRow(entrant.EntrantId, i + 1, rank, tied, _scores.Total[e], standard, _scores.Theory[e], _scores.Practical[e],
            entrant.TimeUsedSeconds, PrizeAwarder.PrizeFor(rank, _prizes),
            PrizeAwarder.MedalFor(rules, rank, new Competitions.Mark(standard ?? _scores.Total[e])),
            PrizeAwarder.ProposalFor(rules, rank, entrant.LevelRank, _input.Ladder),
            explanation.Describe(e, previous, rank, tiedWithPrevious));
    }
}
