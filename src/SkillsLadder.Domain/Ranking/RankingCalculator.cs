using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// The ranking: per aspect the scheme's aggregation over the judges who may mark the entrant, per component the sum of
/// aspect marks, the total weighted by component (each computed mark rounded once to 0.01, half away from zero); then
/// standardisation, the order by total and the tie-break chain, shared or strict places, prizes, medals and proposals,
/// and for every row the reason for its place. Pure: the same input always gives the same rows.
/// </summary>
/// <remarks>
/// Works over arrays indexed by entrant and aspect (no object per entrant or aspect): at 100k entrants the per-entrant
/// records, lists and LINQ cost more than the arithmetic by far. Weighted sums are exact in integers (hundredths ×
/// percent), which is what the decimal sums gave; each aspect's mark is <see cref="AspectRule.ScoreSorted"/>.
/// </remarks>
public static class RankingCalculator
{
    public static IReadOnlyList<StandingsRow> Rank(RankingInput input) => Standings(input).ByPosition();

    /// <summary>
    /// Scores and places every entrant; the rows (with their explanations, most of the work) are built from the result,
    /// all at once (<see cref="RankedStandings.ByPosition"/>) or streamed in entrant order to a writer
    /// (<see cref="RankedStandings.ByEntrantId"/>).
    /// </summary>
    public static RankedStandings Standings(RankingInput input)
    {
        var scores = Score(input);
        var rules = input.Rules;
        if (rules.Standardisation == Standardisation.Median700)
        {
            var standard = Standardiser.Standardise(scores.Total.Select(t => new Mark(t)).ToList(), rules.StandardCentre, rules.StandardSpread);
            scores.Standard = standard.Select(m => m.Hundredths).ToArray();
        }
        var (order, ranks, tied) = Places(scores, input.Entrants, rules);
        return new RankedStandings(input, scores, order, ranks, tied);
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0…count−1 in ranges on the thread pool, each range with its own state; small
    /// inputs stay on this thread. A domain error surfaces as itself, not wrapped.
    /// </summary>
    internal static void InParallel<TState>(int count, Func<TState> state, Action<int, TState> body)
    {
        const int range = 8192;
        if (count <= range)
        {
            var one = state();
            for (var i = 0; i < count; i++) body(i, one);
            return;
        }
        try
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, range), state, (r, _, mine) =>
            {
                for (var i = r.Item1; i < r.Item2; i++) body(i, mine);
                return mine;
            }, _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>
    /// The order (entrant indexes, best first) by total and the tie-break chain, and per position the rank and whether
    /// the place is shared (never under a strict order). Also what the live board uses on the rows it reads.
    /// </summary>
    public static (int[] Order, int[] Rank, bool[] Tied) Places(EntrantScores scores, IReadOnlyList<EntrantInput> entrants, RankingRules rules)
    {
        var comparer = new StandingComparer(scores, entrants, rules.TieBreakChain);
        var order = Enumerable.Range(0, scores.Count).ToArray();
        // By total first, sorted as plain numbers (most pairs differ there, and no comparer call is made for them);
        // then each run of equal totals by the whole comparer, so the order is exactly the comparer's.
        var byTotal = new long[order.Length];
        for (var e = 0; e < order.Length; e++) byTotal[e] = -(long)scores.Total[e];
        Array.Sort(byTotal, order);
        for (int start = 0, end; start < order.Length; start = end)
        {
            for (end = start + 1; end < order.Length && byTotal[end] == byTotal[start]; end++) { }
            if (end - start > 1) Array.Sort(order, start, end - start, comparer);
        }
        var ranks = new int[order.Length];
        var tied = new bool[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var tiedWithPrevious = i > 0 && comparer.Tied(order[i], order[i - 1]);
            tied[i] = !rules.StrictOrder && (tiedWithPrevious || (i + 1 < order.Length && comparer.Tied(order[i], order[i + 1])));
            ranks[i] = rules.StrictOrder || !tiedWithPrevious ? i + 1 : ranks[i - 1];
        }
        return (order, ranks, tied);
    }

    /// <summary>Every entrant's aspect marks, component sums and totals, in hundredths.</summary>
    public static EntrantScores Score(RankingInput input)
    {
        var aspects = input.AspectOrder();
        var components = input.Components;
        var n = input.Entrants.Count;
        var scores = new EntrantScores(n, aspects.Count);
        InParallel(n, () => new long[components.Count], (e, componentSums) =>
        {
            Array.Clear(componentSums);
            for (var a = 0; a < aspects.Count; a++)
            {
                var mark = aspects[a].Aspect.Rule.ScoreSorted(input.Marks.Values(e, a));
                scores.AspectMarks[e * aspects.Count + a] = mark?.Hundredths ?? EntrantScores.NotMarked;
                if (mark is { } m) componentSums[aspects[a].Component] += m.Hundredths;
                else scores.Missing[e]++;
            }
            // Σ (hundredths × percent) / 100: exact, then the one rounding; the same as the decimal sum rounded.
            long total = 0, theory = 0, practical = 0;
            for (var c = 0; c < components.Count; c++)
            {
                var weighted = componentSums[c] * components[c].WeightPercent;
                total += weighted;
                if (components[c].Kind == ComponentKind.Theory) theory += weighted;
                if (components[c].Kind == ComponentKind.Practical) practical += weighted;
            }
            (scores.Total[e], scores.Theory[e], scores.Practical[e]) = (RoundPercent(total), RoundPercent(theory), RoundPercent(practical));
        });
        return scores;
    }

    /// <summary>Hundredths × percent back to hundredths, half away from zero (<see cref="Mark.Round"/>'s rule).</summary>
    private static int RoundPercent(long value)
    {
        var quotient = Math.DivRem(Math.Abs(value), 100, out var remainder);
        if (remainder >= 50) quotient++;
        return checked((int)(value < 0 ? -quotient : quotient));
    }
}

/// <summary>Per entrant (index in the input): aspect marks (entrant × aspect), totals and how many aspects nobody marked.</summary>
public sealed class EntrantScores(int entrants, int aspects)
{
    public const int NotMarked = int.MinValue;
    public int Count => Total.Length;
    public int AspectCount => aspects;
    public int[] AspectMarks { get; } = new int[entrants * aspects];
    public int[] Total { get; } = new int[entrants];
    public int[] Theory { get; } = new int[entrants];
    public int[] Practical { get; } = new int[entrants];
    public int[] Missing { get; } = new int[entrants];
    public int[]? Standard { get; set; }
}

/// <summary>Better first: higher total, then the tie-break chain, then the bib (the documented last resort for a strict order).</summary>
internal sealed class StandingComparer(EntrantScores scores, IReadOnlyList<EntrantInput> entrants, IReadOnlyList<TieBreak> rules) : IComparer<int>
{
    // An array, not the list: a foreach over an interface allocates an enumerator, and this runs a million times a run.
    private readonly TieBreak[] _chain = [.. rules];

    public int Compare(int x, int y)
    {
        var byTotal = scores.Total[y].CompareTo(scores.Total[x]);
        if (byTotal != 0) return byTotal;
        foreach (var rule in _chain)
        {
            var c = By(rule, x, y);
            if (c != 0) return c;
        }
        var byBib = entrants[x].Bib.CompareTo(entrants[y].Bib);
        return byBib != 0 ? byBib : x.CompareTo(y); // equal bibs (never in one competition): input order, as a stable sort
    }

    public int By(TieBreak rule, int x, int y) => rule switch
    {
        TieBreak.Practical => scores.Practical[y].CompareTo(scores.Practical[x]),
        TieBreak.Theory => scores.Theory[y].CompareTo(scores.Theory[x]),
        TieBreak.Time => (entrants[x].TimeUsedSeconds ?? int.MaxValue).CompareTo(entrants[y].TimeUsedSeconds ?? int.MaxValue),
        _ => 0,
    };

    /// <summary>Equal on the total and on every tie-break: a shared place unless the rules force a strict order.</summary>
    public bool Tied(int x, int y)
    {
        if (scores.Total[x] != scores.Total[y]) return false;
        foreach (var rule in _chain)
            if (By(rule, x, y) != 0) return false;
        return true;
    }

    /// <summary>The first rule of the chain that tells the two apart, if any.</summary>
    public TieBreak? Decider(int above, int below)
    {
        foreach (var rule in _chain)
            if (By(rule, above, below) != 0) return rule;
        return null;
    }
}
