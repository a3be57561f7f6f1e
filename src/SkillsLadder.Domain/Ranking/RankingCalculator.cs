using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// The ranking: per aspect the scheme's aggregation over the judges who may mark the entrant, per component the sum of
/// aspect marks, the total weighted by component (each computed mark rounded once to 0.01, half away from zero); then
/// standardisation, the order by total and the tie-break chain, shared or strict places, prizes, medals and proposals,
/// and for every row the reason for its place. Pure: the same input always gives the same rows.
/// </summary>
public static class RankingCalculator
{
    public static IReadOnlyList<StandingsRow> Rank(RankingInput input)
    {
        var scores = input.Entrants.Select(e => Score(e, input.Components)).ToList();
        if (input.Rules.Standardisation == Standardisation.Median700)
        {
            var standard = Standardiser.Standardise(scores.Select(s => s.Total).ToList(), input.Rules.StandardCentre, input.Rules.StandardSpread);
            scores = scores.Select((s, i) => s with { Standard = standard[i] }).ToList();
        }
        var chain = input.Rules.TieBreakChain;
        var ordered = scores.Order(new StandingComparer(chain)).ToList();
        var counts = PrizeAwarder.Counts(input.Rules, ordered.Count);
        var rows = new List<StandingsRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            var previous = i > 0 ? ordered[i - 1] : null;
            var next = i + 1 < ordered.Count ? ordered[i + 1] : null;
            var tiedWithPrevious = previous is not null && StandingComparer.Tied(s, previous, chain);
            var tied = !input.Rules.StrictOrder && (tiedWithPrevious || (next is not null && StandingComparer.Tied(s, next, chain)));
            var rank = input.Rules.StrictOrder || !tiedWithPrevious ? i + 1 : rows[i - 1].Rank;
            var score = s.Standard ?? s.Total;
            var why = RankExplanation.Describe(s, previous, rank, tiedWithPrevious, chain, input.Rules.StrictOrder);
            rows.Add(new StandingsRow(s.Entrant.EntrantId, i + 1, rank, tied, s.Total.Hundredths, s.Standard?.Hundredths,
                s.Theory.Hundredths, s.Practical.Hundredths, s.Entrant.TimeUsedSeconds, PrizeAwarder.PrizeFor(rank, counts),
                PrizeAwarder.MedalFor(input.Rules, rank, score), PrizeAwarder.ProposalFor(input.Rules, rank, s.Entrant.LevelRank, input.Ladder), why));
        }
        return rows;
    }

    public static EntrantScore Score(EntrantInput entrant, IReadOnlyList<ComponentInput> components)
    {
        var aspects = new List<ScoredAspect>();
        decimal total = 0, theory = 0, practical = 0;
        var missing = 0;
        foreach (var component in components)
        {
            var componentMark = 0m;
            foreach (var aspect in component.Aspects)
            {
                var values = entrant.Values.TryGetValue(aspect.Id, out var v) ? v : [];
                var mark = aspect.Rule.Score(values);
                if (mark is null) missing++;
                aspects.Add(new ScoredAspect(aspect.Code, mark));
                componentMark += mark?.Mark.Value ?? 0;
            }
            var weighted = componentMark * component.WeightPercent / 100m;
            total += weighted;
            if (component.Kind == ComponentKind.Theory) theory += weighted;
            if (component.Kind == ComponentKind.Practical) practical += weighted;
        }
        return new EntrantScore(entrant, Mark.Round(total), Mark.Round(theory), Mark.Round(practical), aspects, missing);
    }
}

/// <summary>Better first: higher total, then the tie-break chain, then the bib (the documented last resort for a strict order).</summary>
internal sealed class StandingComparer(IReadOnlyList<TieBreak> chain) : IComparer<EntrantScore>
{
    public int Compare(EntrantScore? x, EntrantScore? y)
    {
        var byTotal = y!.Total.CompareTo(x!.Total);
        if (byTotal != 0) return byTotal;
        foreach (var rule in chain)
        {
            var c = By(rule, x, y);
            if (c != 0) return c;
        }
        return x.Entrant.Bib.CompareTo(y.Entrant.Bib);
    }

    public static int By(TieBreak rule, EntrantScore x, EntrantScore y) => rule switch
    {
        TieBreak.Practical => y.Practical.CompareTo(x.Practical),
        TieBreak.Theory => y.Theory.CompareTo(x.Theory),
        TieBreak.Time => (x.Entrant.TimeUsedSeconds ?? int.MaxValue).CompareTo(y.Entrant.TimeUsedSeconds ?? int.MaxValue),
        _ => 0,
    };

    /// <summary>Equal on the total and on every tie-break: a shared place unless the rules force a strict order.</summary>
    public static bool Tied(EntrantScore x, EntrantScore y, IReadOnlyList<TieBreak> chain) =>
        x.Total == y.Total && chain.All(rule => By(rule, x, y) == 0);
}
