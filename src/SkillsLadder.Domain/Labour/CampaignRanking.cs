using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Labour;

public sealed record RankedParticipant(int Id, ParticipantKind Kind, string Name);
public sealed record RankedPeriod(int Id, int Number, string Label, bool Locked);
public sealed record ParticipantPeriodScore(int PeriodId, int ParticipantId, PeriodScore Score);

/// <summary>One line of campaign standings: a period's (<see cref="PeriodId"/> set) or the cumulative one (null).</summary>
public sealed record CampaignStanding(int? PeriodId, int ParticipantId, ParticipantKind Kind, Mark Total, Mark Deductions, int Vetoes,
    int Rank, bool HoldsBanner, bool Provisional, string Explanation);

/// <summary>
/// Ranks a campaign: each period among those assessed in it, units and individuals apart, by total (higher first), then
/// not vetoed, then fewer deduction points, else a shared place. The leading unit of a locked period holds the rotating
/// red banner (流动红旗) for it (a shared first place shares it; a total of zero never holds it). The cumulative
/// standings add up the locked periods only, so they change only when a period is signed off: by total, then fewer
/// vetoed periods, then fewer deduction points.
/// </summary>
public static class CampaignRanking
{
    public static IReadOnlyList<CampaignStanding> Rank(IReadOnlyList<RankedParticipant> participants, IReadOnlyList<RankedPeriod> periods,
        IReadOnlyList<ParticipantPeriodScore> scores)
    {
        var byId = participants.ToDictionary(p => p.Id);
        var scored = scores.Where(s => byId.ContainsKey(s.ParticipantId)).ToList();
        var rows = new List<CampaignStanding>();
        foreach (var period in periods.OrderBy(p => p.Number))
            foreach (var kind in new[] { ParticipantKind.Unit, ParticipantKind.Individual })
            {
                var lines = scored.Where(s => s.PeriodId == period.Id && byId[s.ParticipantId].Kind == kind)
                    .Select(s => new Line(s.ParticipantId, s.Score.Total.Hundredths, s.Score.Vetoed ? 1 : 0, s.Score.Deductions.Hundredths, s.Score.Explain()))
                    .ToList();
                foreach (var (line, rank) in Places(lines))
                {
                    var banner = period.Locked && kind == ParticipantKind.Unit && rank == 1 && line.Total > 0;
                    var note = banner ? $" 本期第一，获流动红旗{(lines.Count(l => Same(l, line)) > 1 ? "（并列）" : "")}。" : "";
                    rows.Add(new CampaignStanding(period.Id, line.ParticipantId, kind, new Mark(line.Total), new Mark(line.Deductions),
                        line.Vetoes, rank, banner, !period.Locked, line.Text + note));
                }
            }
        var locked = periods.Where(p => p.Locked).OrderBy(p => p.Number).ToList();
        foreach (var kind in new[] { ParticipantKind.Unit, ParticipantKind.Individual })
        {
            var lines = scored.Where(s => byId[s.ParticipantId].Kind == kind && locked.Any(p => p.Id == s.PeriodId))
                .GroupBy(s => s.ParticipantId)
                .Select(g =>
                {
                    var parts = locked.Select(p => g.FirstOrDefault(s => s.PeriodId == p.Id) is { } s
                        ? $"{p.Label} {s.Score.Total}{(s.Score.Vetoed ? "（否决）" : "")}" : $"{p.Label} 未考核").ToList();
                    var total = g.Sum(s => s.Score.Total.Hundredths);
                    return new Line(g.Key, total, g.Count(s => s.Score.Vetoed), g.Sum(s => s.Score.Deductions.Hundredths),
                        $"{string.Join(" + ", parts)} = {new Mark(total)}。");
                }).ToList();
            foreach (var (line, rank) in Places(lines))
                rows.Add(new CampaignStanding(null, line.ParticipantId, kind, new Mark(line.Total), new Mark(line.Deductions), line.Vetoes, rank,
                    false, false, line.Text));
        }
        return rows;
    }

    private sealed record Line(int ParticipantId, int Total, int Vetoes, int Deductions, string Text);

    private static bool Same(Line a, Line b) => a.Total == b.Total && a.Vetoes == b.Vetoes && a.Deductions == b.Deductions;

    /// <summary>Standard competition places (1, 1, 3): equal on every key shares the place; id order only for display.</summary>
    private static IEnumerable<(Line Line, int Rank)> Places(List<Line> lines)
    {
        var ordered = lines.OrderByDescending(l => l.Total).ThenBy(l => l.Vetoes).ThenBy(l => l.Deductions).ThenBy(l => l.ParticipantId).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && Same(ordered[i], ordered[i - 1]) ? -1 : i + 1;
            yield return (ordered[i], rank < 0 ? PreviousRank(ordered, i) : rank);
        }
    }

    private static int PreviousRank(List<Line> ordered, int i)
    {
        while (i > 0 && Same(ordered[i], ordered[i - 1])) i--;
        return i + 1;
    }
}
