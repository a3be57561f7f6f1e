using System.Text;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// "Why this rank": the marks used and dropped per aspect, and what decided against the entrant just above. One builder
/// reused for every row of a run, and numbers written from hundredths directly: a big run writes 100k of these.
/// </summary>
internal sealed class RankExplanation(RankingInput input, EntrantScores scores, IReadOnlyList<TieBreak> chain, bool strict)
{
    private readonly IReadOnlyList<(AspectInput Aspect, int Component)> _aspects = input.AspectOrder();
    private readonly StandingComparer _comparer = new(scores, input.Entrants, chain);
    private readonly StringBuilder _text = new(512);

    public bool Tied(int x, int y) => _comparer.Tied(x, y);

    private static string TieBreakName(TieBreak rule) => rule switch
    {
        TieBreak.Practical => "实操成绩",
        TieBreak.Time => "用时",
        TieBreak.Theory => "理论成绩",
        _ => rule.ToString(),
    };

    /// <param name="e">The entrant's index in the input.</param>
    /// <param name="above">The index of the entrant placed just above, or -1.</param>
    public string Describe(int e, int above, int rank, bool tiedWithAbove)
    {
        var text = _text.Clear();
        text.Append("第 ").Append(rank).Append(" 名，总分 ");
        Mark(text, scores.Total[e]);
        if (scores.Standard is { } standard) Mark(text.Append("（标准分 "), standard[e]).Append('）');
        Mark(Mark(text.Append("：理论 "), scores.Theory[e]).Append("，实操 "), scores.Practical[e]).Append('。');
        if (above >= 0 && scores.Total[above] == scores.Total[e])
        {
            var bib = input.Entrants[above].Bib;
            text.Append("与 ").Append(bib).Append(tiedWithAbove
                ? strict ? " 号总分及各决胜项均相同，按规定不并列，以参赛号先后排定。" : " 号总分及各决胜项均相同，名次并列。"
                : $" 号总分相同，按{TieBreakName(_comparer.Decider(above, e) ?? default)}排在其后。");
        }
        if (scores.Missing[e] > 0) text.Append("尚有 ").Append(scores.Missing[e]).Append(" 个评分项未评。");
        text.Append(" 各项：");
        for (var a = 0; a < _aspects.Count; a++)
        {
            if (a > 0) text.Append('；');
            Aspect(text, _aspects[a].Aspect, scores.AspectMarks[e * scores.AspectCount + a], input.Marks.Values(e, a));
        }
        return text.ToString();
    }

    private static void Aspect(StringBuilder text, AspectInput aspect, int mark, ReadOnlySpan<int> sorted)
    {
        text.Append(aspect.Code);
        if (mark == EntrantScores.NotMarked)
        {
            text.Append(" 未评");
            return;
        }
        Mark(text.Append(' '), mark).Append('（');
        var trimmed = aspect.Rule.Aggregation == AggregationRule.TrimmedMean && sorted.Length >= MarkAggregator.TrimmedMeanMinimumValues;
        var used = trimmed ? sorted[1..^1] : sorted;
        for (var i = 0; i < used.Length; i++) Value(i == 0 ? text : text.Append('、'), used[i]);
        if (trimmed) Value(Value(text.Append("，去掉 "), sorted[0]).Append('、'), sorted[^1]);
        text.Append('）');
    }

    /// <summary>A mark as "0.00".</summary>
    private static StringBuilder Mark(StringBuilder text, int hundredths)
    {
        if (hundredths < 0) text.Append('-');
        var abs = Math.Abs((long)hundredths);
        text.Append(abs / 100).Append('.');
        var cents = (int)(abs % 100);
        return text.Append((char)('0' + cents / 10)).Append((char)('0' + cents % 10));
    }

    /// <summary>A judge's value as "0.##" (7, 7.5, 7.25).</summary>
    private static StringBuilder Value(StringBuilder text, int hundredths)
    {
        if (hundredths < 0) text.Append('-');
        var abs = Math.Abs((long)hundredths);
        text.Append(abs / 100);
        var cents = (int)(abs % 100);
        if (cents == 0) return text;
        text.Append('.').Append((char)('0' + cents / 10));
        return cents % 10 == 0 ? text : text.Append((char)('0' + cents % 10));
    }
}
