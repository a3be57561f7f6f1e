namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// Prizes, medals and proposals by place (DOMAIN.md §2). Proportions are of the ranked entrants, rounded half up
/// (30 entrants × 10 % = 3 first prizes). A shared place straddling a boundary takes the better prize: places are
/// compared by rank, and a shared rank is the best place of the group.
/// </summary>
public static class PrizeAwarder
{
    public static (int First, int Second, int Third) Counts(RankingRules rules, int ranked) => rules.PrizeMode switch
    {
        PrizeMode.Count => (rules.FirstPrizes, rules.SecondPrizes, rules.ThirdPrizes),
        _ => (Share(ranked, rules.FirstPrizes), Share(ranked, rules.SecondPrizes), Share(ranked, rules.ThirdPrizes)),
    };

    public static Prize PrizeFor(int rank, (int First, int Second, int Third) counts) =>
        rank <= counts.First ? Prize.First
        : rank <= counts.First + counts.Second ? Prize.Second
        : rank <= counts.First + counts.Second + counts.Third ? Prize.Third
        : Prize.None;

    public static Medal MedalFor(RankingRules rules, int rank, Competitions.Mark score) =>
        rules.MedalsForTopThree && rank == 1 ? Medal.Gold
        : rules.MedalsForTopThree && rank == 2 ? Medal.Silver
        : rules.MedalsForTopThree && rank == 3 ? Medal.Bronze
        : rules.MedallionFrom is { } threshold && score.Value >= threshold ? Medal.Medallion
        : Medal.None;

    /// <summary>Honour and promotion proposals; promotion is one level up, never past the cap, and only for individuals.</summary>
    public static string? ProposalFor(RankingRules rules, int rank, int? levelRank, IReadOnlyList<LevelInput> ladder)
    {
        if (!(rank <= rules.HonourTopN) && !(rank <= rules.PromotionTopN)) return null; // most rows: nothing to propose
        var proposals = new List<string>();
        if (rules.HonourTopN is { } honourN && rank <= honourN) proposals.Add($"建议授予“{rules.HonourTitle}”");
        if (rules.PromotionTopN is { } promoteN && rank <= promoteN && levelRank is { } current)
        {
            var cap = rules.PromotionCapLevelRank ?? int.MaxValue;
            var next = ladder.Where(l => l.Rank > current && l.Rank <= cap).MinBy(l => l.Rank);
            if (next is not null) proposals.Add($"建议晋升为{next.Name}");
        }
        return proposals.Count == 0 ? null : string.Join("；", proposals);
    }

    private static int Share(int ranked, int percent) => (int)Math.Floor(ranked * percent / 100m + 0.5m);
}
