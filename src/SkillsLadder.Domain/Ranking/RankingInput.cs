using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// Everything a ranking run reads, as plain values: the same input always gives the same standings. The marks are in
/// <see cref="Marks"/>, one row per entrant in the order of <see cref="Entrants"/>, one column per aspect in the
/// scheme's order (components, then their aspects, as listed).
/// </summary>
public sealed record RankingInput(
    RankingRules Rules,
    IReadOnlyList<ComponentInput> Components,
    IReadOnlyList<EntrantInput> Entrants,
    IReadOnlyList<LevelInput> Ladder,
    MarkTable Marks)
{
    /// <summary>The scheme's aspects in table-column order, each with the index of its component.</summary>
    public IReadOnlyList<(AspectInput Aspect, int Component)> AspectOrder() =>
        Components.SelectMany((c, i) => c.Aspects.Select(a => (a, i))).ToList();

    /// <summary>Builds the table from per-entrant values by aspect id (marks as decimals with at most two places).</summary>
    public static RankingInput Create(RankingRules rules, IReadOnlyList<ComponentInput> components,
        IReadOnlyList<EntrantMarks> entrants, IReadOnlyList<LevelInput> ladder)
    {
        var columns = components.SelectMany(c => c.Aspects).Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var table = new MarkTable(entrants.Count, columns.Count);
        for (var e = 0; e < entrants.Count; e++)
            foreach (var (aspectId, values) in entrants[e].Values)
                foreach (var value in values)
                    table.Add(e, columns[aspectId], decimal.ToInt32(value * 100m));
        return new RankingInput(rules, components, entrants.Select(e => e.Entrant).ToList(), ladder, table);
    }
}

/// <summary>One entrant's values by aspect id, the convenient form for small inputs (see <see cref="RankingInput.Create"/>).</summary>
public sealed record EntrantMarks(EntrantInput Entrant, IReadOnlyDictionary<int, IReadOnlyList<decimal>> Values);

public sealed record ComponentInput(int Id, string Name, ComponentKind Kind, int WeightPercent, IReadOnlyList<AspectInput> Aspects);

public sealed record AspectInput(int Id, string Code, AspectRule Rule);

/// <param name="LevelRank">The skill level of an individual entrant, for promotion proposals; null for teams or none.</param>
public sealed record EntrantInput(int EntrantId, int Bib, int? TimeUsedSeconds, int? LevelRank);

public sealed record LevelInput(int Rank, string Name);
