using System.Globalization;
using System.Text;

namespace SkillsLadder.Domain.Ranking;

/// <summary>"Why this rank": the marks used and dropped per aspect, and what decided against the entrant just above.</summary>
public static class RankExplanation
{
    private static string TieBreakName(TieBreak rule) => rule switch
    {
        TieBreak.Practical => "实操成绩",
        TieBreak.Time => "用时",
        TieBreak.Theory => "理论成绩",
        _ => rule.ToString(),
    };

    public static string Describe(EntrantScore s, EntrantScore? above, int rank, bool tiedWithAbove, IReadOnlyList<TieBreak> chain, bool strict)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"第 {rank} 名，总分 {s.Total}");
        if (s.Standard is { } standard) text.Append(CultureInfo.InvariantCulture, $"（标准分 {standard}）");
        text.Append(CultureInfo.InvariantCulture, $"：理论 {s.Theory}，实操 {s.Practical}。");
        if (above is not null && above.Total == s.Total)
        {
            var decider = chain.FirstOrDefault(rule => StandingComparer.By(rule, above, s) != 0);
            text.Append(tiedWithAbove
                ? strict
                    ? $"与 {above.Entrant.Bib} 号总分及各决胜项均相同，按规定不并列，以参赛号先后排定。"
                    : $"与 {above.Entrant.Bib} 号总分及各决胜项均相同，名次并列。"
                : $"与 {above.Entrant.Bib} 号总分相同，按{TieBreakName(decider)}排在其后。");
        }
        if (s.MissingAspects > 0) text.Append(CultureInfo.InvariantCulture, $"尚有 {s.MissingAspects} 个评分项未评。");
        text.Append(" 各项：");
        text.AppendJoin("；", s.Aspects.Select(Aspect));
        return text.ToString();
    }

    private static string Aspect(ScoredAspect a)
    {
        if (a.Mark is not { } m) return $"{a.Code} 未评";
        static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var used = string.Join("、", m.Aggregate.Used.Select(N));
        var dropped = m.Aggregate.Dropped.Count == 0 ? "" : $"，去掉 {string.Join("、", m.Aggregate.Dropped.Select(N))}";
        return $"{a.Code} {m.Mark}（{used}{dropped}）";
    }
}
