using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Ranking;

/// <summary>Everything a ranking run reads, as plain values: the same input always gives the same standings.</summary>
public sealed record RankingInput(
    RankingRules Rules,
    IReadOnlyList<ComponentInput> Components,
    IReadOnlyList<EntrantInput> Entrants,
    IReadOnlyList<LevelInput> Ladder);

public sealed record ComponentInput(int Id, string Name, ComponentKind Kind, int WeightPercent, IReadOnlyList<AspectInput> Aspects);

public sealed record AspectInput(int Id, string Code, AspectRule Rule);

/// <param name="Values">Per aspect id, the values of the judges who may mark this entrant (recused judges' are absent).</param>
/// <param name="LevelRank">The skill level of an individual entrant, for promotion proposals; null for teams or none.</param>
public sealed record EntrantInput(int EntrantId, int Bib, string Name, int? TimeUsedSeconds, int? LevelRank,
    IReadOnlyDictionary<int, IReadOnlyList<decimal>> Values);

public sealed record LevelInput(int Rank, string Name);

/// <summary>One entrant's computed result before places are given.</summary>
public sealed record EntrantScore(
    EntrantInput Entrant, Mark Total, Mark Theory, Mark Practical, IReadOnlyList<ScoredAspect> Aspects, int MissingAspects)
{
    public Mark? Standard { get; init; }
}

/// <summary>An aspect's mark for one entrant with how it was reached (null mark: nobody has marked it yet).</summary>
public sealed record ScoredAspect(string Code, AspectMark? Mark);
