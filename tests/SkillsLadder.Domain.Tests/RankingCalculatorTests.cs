using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Domain.Tests;

/// <summary>Hand-worked rankings. Scheme: theory 30 % (T1 /100), practical 70 % (P1 measurement /60, P2 judgement /40, trimmed mean).</summary>
public sealed class RankingCalculatorTests
{
    private static readonly AspectRule Exam = new(AspectKind.Measurement, new Mark(10000), AggregationRule.Mean, 0, new Mark(1));
    private static readonly AspectRule Work = new(AspectKind.Measurement, new Mark(6000), AggregationRule.Mean, 5, new Mark(50));
    private static readonly AspectRule Craft = new(AspectKind.Judgement, new Mark(4000), AggregationRule.TrimmedMean, 1, new Mark(100));

    internal static readonly IReadOnlyList<ComponentInput> Scheme =
    [
        new(1, "理论", ComponentKind.Theory, 30, [new(10, "T1", Exam)]),
        new(2, "实操", ComponentKind.Practical, 70, [new(20, "P1", Work), new(21, "P2", Craft)]),
    ];

    internal static EntrantMarks E(int id, decimal theory, decimal[] work, decimal[] craft, int? time = null, int? level = null) =>
        new(new(id, id, time, level), new Dictionary<int, IReadOnlyList<decimal>> { [10] = [theory], [20] = work, [21] = craft });

    private static IReadOnlyList<StandingsRow> Rank(RankingRules rules, params EntrantMarks[] entrants) =>
        RankingCalculator.Rank(RankingInput.Create(rules, Scheme, entrants, [new(3, "高级工"), new(4, "技师"), new(5, "高级技师")]));

    [Fact]
    public void Components_are_weighted_and_each_computed_mark_is_rounded_once()
    {
        // P2: four judges 3,2,2,0 → drop 3 and 0 → mean 2 → 40 × 2/3 = 26.666… → 26.67. Practical = (50 + 26.67) × 0.7 = 53.669 → 53.67.
        // Theory 81 × 0.3 = 24.30. Total = (81 × 30 + 76.67 × 70) / 100 = 29.969 + … = 77.969 → 77.97.
        var row = Rank(RankingRules.Default, E(1, 81, [50, 50], [3, 2, 2, 0])).Single();
        (row.TotalHundredths, row.TheoryHundredths, row.PracticalHundredths).ShouldBe((7797, 2430, 5367));
        row.Explanation.ShouldContain("P2 26.67（2、2，去掉 0、3）");
    }

    [Fact]
    public void Equal_totals_go_down_the_tie_break_chain_and_share_a_place_at_the_end()
    {
        // Entrant 1 leads outright; 2, 3 and 4 have equal totals and equal practical marks, so time decides.
        var a = E(1, 100, [40], [1]);  // 30 + (40 + 13.33) × .7 = 30 + 37.33 = 67.33
        var b = E(2, 70, [50], [1]);   // 21 + (50 + 13.33) × .7 = 21 + 44.33 = 65.33
        var c = E(3, 70, [50], [1], time: 3000);
        var d = E(4, 70, [50], [1], time: 2400);
        var rows = Rank(RankingRules.Default, a, b, c, d);
        rows.Select(r => (r.EntrantId, r.Rank, r.Tied)).ShouldBe([(1, 1, false), (4, 2, false), (3, 3, false), (2, 4, false)]);
        rows[2].Explanation.ShouldContain("与 4 号总分相同，按用时排在其后");
        rows[3].Explanation.ShouldContain("与 3 号总分相同，按用时排在其后"); // no time recorded loses to a recorded time

        var shared = Rank(RankingRules.Default, E(5, 70, [50], [1], time: 2400), E(6, 70, [50], [1], time: 2400), E(7, 10, [0], [0]));
        shared.Select(r => (r.EntrantId, r.Rank, r.Tied)).ShouldBe([(5, 1, true), (6, 1, true), (7, 3, false)]);
        shared[1].Explanation.ShouldContain("名次并列");
        var strict = Rank(RankingRules.Default with { StrictOrder = true }, E(6, 70, [50], [1], time: 2400), E(5, 70, [50], [1], time: 2400));
        strict.Select(r => (r.EntrantId, r.Rank, r.Tied)).ShouldBe([(5, 1, false), (6, 2, false)]);
        strict[1].Explanation.ShouldContain("以参赛号先后排定");
    }

    [Fact]
    public void The_chain_is_the_competitions_a_time_left_out_of_it_decides_nothing()
    {
        EntrantMarks Slow() => E(8, 70, [50], [1], time: 100);
        EntrantMarks Fast() => E(9, 70, [50], [1], time: 50);
        Rank(RankingRules.Default with { TieBreaks = "Theory" }, Slow(), Fast()).Select(r => (r.EntrantId, r.Rank)).ShouldBe([(8, 1), (9, 1)]);
        Rank(RankingRules.Default with { TieBreaks = "Theory,Time" }, Slow(), Fast()).Select(r => (r.EntrantId, r.Rank)).ShouldBe([(9, 1), (8, 2)]);
    }

    [Fact]
    public void Prizes_follow_proportions_rounded_half_up_and_a_shared_place_takes_the_better_prize()
    {
        // 10 entrants, 10/20/30 % → 1 first, 2 second, 3 third. Entrants 2 and 3 share second place.
        var entrants = Enumerable.Range(1, 10).Select(i => E(i, 100 - i * 5, [50], [1])).ToList();
        entrants[2] = E(3, 90, [50], [1]); // equal to entrant 2 (theory 90)
        var rows = Rank(RankingRules.Default, entrants.ToArray());
        rows.Select(r => r.Prize).ShouldBe([Prize.First, Prize.Second, Prize.Second, Prize.Third, Prize.Third, Prize.Third, Prize.None, Prize.None, Prize.None, Prize.None]);
        rows.Select(r => r.Medal).Take(4).ShouldBe([Medal.Gold, Medal.Silver, Medal.Silver, Medal.None]);
        PrizeAwarder.Counts(RankingRules.Default, 25).ShouldBe((3, 5, 8)); // 2.5 → 3, 5, 7.5 → 8
        PrizeAwarder.Counts(RankingRules.Default with { PrizeMode = PrizeMode.Count, FirstPrizes = 1, SecondPrizes = 2, ThirdPrizes = 3 }, 25).ShouldBe((1, 2, 3));
    }

    [Fact]
    public void Median_700_standardisation_maps_the_median_to_700_and_gives_medallions_from_700()
    {
        // Totals 60, 70, 80, 90, 100: median 80, MAD 10, σ = 14.826; 90 → 700 + 30 × 10 / 14.826 = 720.2347 → 720.23.
        var standard = Standardiser.Standardise([new(6000), new(7000), new(8000), new(9000), new(10000)], 700, 30);
        standard.Select(m => m.Hundredths).ShouldBe([65953, 67977, 70000, 72023, 74047]);
        Standardiser.Standardise([new(5000), new(5000)], 700, 30).ShouldAllBe(m => m == new Mark(70000));

        var rules = RankingRules.Default with { Standardisation = Standardisation.Median700 };
        var rows = Rank(rules, E(1, 100, [60], [3]), E(2, 80, [50], [2]), E(3, 60, [40], [2]), E(4, 50, [30], [1]), E(5, 40, [20], [0]));
        rows.Single(r => r.EntrantId == 3).StandardHundredths.ShouldBe(70000);
        rows.Select(r => r.Medal).ShouldBe([Medal.Gold, Medal.Silver, Medal.Bronze, Medal.None, Medal.None]);
        rows.First().Explanation.ShouldContain("标准分");
    }

    [Fact]
    public void Proposals_name_the_title_for_the_top_n_and_one_level_up_to_the_cap()
    {
        var rules = RankingRules.Default with { HonourTopN = 1, HonourTitle = "市技术能手", PromotionTopN = 3, PromotionCapLevelRank = 4 };
        var rows = Rank(rules, E(1, 100, [60], [3], level: 3), E(2, 90, [60], [3], level: 4), E(3, 80, [60], [3], level: 3), E(4, 70, [60], [3], level: 3));
        rows.Select(r => r.Proposal).ShouldBe(["建议授予“市技术能手”；建议晋升为技师", null, "建议晋升为技师", null]);
    }

    [Fact]
    public void Nothing_marked_yet_ranks_everyone_level_and_says_what_is_missing()
    {
        var rows = Rank(RankingRules.Default, new EntrantMarks(new(1, 1, null, null), new Dictionary<int, IReadOnlyList<decimal>>()),
            new EntrantMarks(new(2, 2, null, null), new Dictionary<int, IReadOnlyList<decimal>>()));
        rows.Select(r => (r.Rank, r.TotalHundredths)).ShouldBe([(1, 0), (1, 0)]);
        rows[0].Explanation.ShouldContain("尚有 3 个评分项未评");
    }
}

/// <summary>Properties over random competitions (fixed seeds): order of input never matters; one entrant's new mark moves only places.</summary>
public sealed class RankingPropertyTests
{
    private static List<EntrantMarks> RandomInput(Random random, int entrants) =>
        Enumerable.Range(1, entrants).Select(i => RankingCalculatorTests.E(i, random.Next(0, 101),
            [random.Next(0, 121) / 2m, random.Next(0, 121) / 2m, random.Next(0, 121) / 2m],
            Enumerable.Range(0, random.Next(1, 6)).Select(_ => (decimal)random.Next(0, 4)).ToArray(),
            random.Next(3) == 0 ? null : random.Next(600, 700))).ToList();

    private static RankingInput Input(IReadOnlyList<EntrantMarks> entrants) => RankingInput.Create(RankingRules.Default, RankingCalculatorTests.Scheme, entrants, []);

    private static List<(int, int, int, int, Prize)> Key(IEnumerable<StandingsRow> rows) =>
        rows.OrderBy(r => r.EntrantId).Select(r => (r.EntrantId, r.Rank, r.TotalHundredths, r.Position, r.Prize)).ToList();

    [Fact]
    public void Shuffling_entrants_or_judges_never_changes_the_standings()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var entrants = RandomInput(random, random.Next(2, 40));
            var input = Input(entrants);
            var expected = Key(RankingCalculator.Rank(input));
            var shuffled = Input(entrants.OrderBy(_ => random.Next()).Select(e => e with
            {
                Values = e.Values.ToDictionary(v => v.Key, v => (IReadOnlyList<decimal>)v.Value.OrderBy(_ => random.Next()).ToList()),
            }).ToList());
            Key(RankingCalculator.Rank(shuffled)).ShouldBe(expected, $"seed {seed}");
            InputHash.Of(shuffled, SnapshotBasis.Live).ShouldBe(InputHash.Of(input, SnapshotBasis.Live));
            InputHash.Of(Input(entrants.Skip(1).ToList()), SnapshotBasis.Live).ShouldNotBe(InputHash.Of(input, SnapshotBasis.Live));
        }
    }

    [Fact]
    public void A_new_mark_for_one_entrant_changes_no_other_total_and_keeps_the_others_in_their_order()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var entrants = RandomInput(random, random.Next(3, 30));
            var before = RankingCalculator.Rank(Input(entrants));
            var target = entrants[random.Next(entrants.Count)];
            var changed = target with { Values = new Dictionary<int, IReadOnlyList<decimal>>(target.Values) { [21] = [.. target.Values[21], random.Next(0, 4)] } };
            var after = RankingCalculator.Rank(Input(entrants.Select(e => e.Entrant.EntrantId == target.Entrant.EntrantId ? changed : e).ToList()));

            var others = before.Where(r => r.EntrantId != target.Entrant.EntrantId).ToList();
            foreach (var row in others)
                after.Single(r => r.EntrantId == row.EntrantId).TotalHundredths.ShouldBe(row.TotalHundredths, $"seed {seed}");
            after.Where(r => r.EntrantId != target.Entrant.EntrantId).OrderBy(r => r.Position).Select(r => r.EntrantId)
                .ShouldBe(others.OrderBy(r => r.Position).Select(r => r.EntrantId), $"seed {seed}");
        }
    }

    [Fact]
    public void A_large_run_is_ordered_by_total_then_the_chain_and_streams_the_same_rows_in_entrant_order()
    {
        // 20,000 entrants: past the sizes where scoring and rows go parallel and the rows are streamed in chunks.
        var standings = RankingCalculator.Standings(Input(RandomInput(new Random(7), 20_000)));
        var rows = standings.ByPosition();
        static (int, int, int, int, int) By(StandingsRow r) => // the default chain: practical, time (none last), theory; then the bib
            (-r.TotalHundredths, -(r.PracticalHundredths ?? 0), r.TimeUsedSeconds ?? int.MaxValue, -(r.TheoryHundredths ?? 0), r.EntrantId);
        for (var i = 1; i < rows.Count; i++)
            By(rows[i - 1]).CompareTo(By(rows[i])).ShouldBeLessThan(0, $"positions {i} and {i + 1}");
        rows.Count(r => r.Tied).ShouldBeGreaterThan(0); // the draw has shared places, so runs of equal totals were sorted

        static string Text(StandingsRow r) => $"{r.EntrantId}|{r.Position}|{r.Rank}|{r.Tied}|{r.TotalHundredths}|{r.Prize}|{r.Medal}|{r.Explanation}";
        standings.ByEntrantId().Select(Text).ShouldBe(rows.OrderBy(r => r.EntrantId).Select(Text));
    }

    [Fact]
    public void Scoring_sorted_hundredths_gives_the_same_mark_as_scoring_the_decimal_values()
    {
        AspectRule[] rules =
        [
            new(AspectKind.Measurement, new Mark(9999), AggregationRule.Mean, 100, new Mark(1)),
            new(AspectKind.Measurement, new Mark(6000), AggregationRule.Median, 5, new Mark(50)),
            new(AspectKind.Measurement, new Mark(2501), AggregationRule.TrimmedMean, 5, new Mark(0)),
            new(AspectKind.Judgement, new Mark(3333), AggregationRule.TrimmedMean, 1, new Mark(100)),
            new(AspectKind.Judgement, new Mark(2501), AggregationRule.Mean, 1, new Mark(100)),
            new(AspectKind.Judgement, new Mark(701), AggregationRule.Median, 1, new Mark(100)),
        ];
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var rule = rules[random.Next(rules.Length)];
            var values = Enumerable.Range(0, random.Next(0, 9)).Select(_ => rule.Kind == AspectKind.Judgement ? random.Next(4) * 100
                : random.Next(0, rule.Maximum.Hundredths / Math.Max(1, rule.Step.Hundredths) + 1) * Math.Max(1, rule.Step.Hundredths)).ToArray();
            var expected = rule.Score(values.Select(v => v / 100m).ToList())?.Mark;
            rule.ScoreSorted(values.Order().ToArray()).ShouldBe(expected, string.Join(",", values));
        }
        Should.Throw<DomainException>(() => rules[3].ScoreSorted([100, 150])).Code.ShouldBe("mark.out_of_range");
    }
}
