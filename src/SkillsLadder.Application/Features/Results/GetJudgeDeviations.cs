using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// The judge-disagreement report of a competition: how far each judge's marks sit from their panel's aggregate, to
/// spot a harsh or lenient judge. Organizers and the chief judge. See <see cref="JudgeDeviationReport"/> for the rule.
/// </summary>
public sealed record GetJudgeDeviationsQuery(int CompetitionId) : IRequest<JudgeDeviationReport>;

public enum JudgeTendency
{
    Typical = 0,
    Harsh = 1,
    Lenient = 2,
}

/// <param name="Entries">Entrant × aspect values that counted (the panel had at least two values there).</param>
/// <param name="MeanDeviation">Mean of (the judge's mark − the panel's aggregate mark), in marks; negative is harsh.</param>
/// <param name="MeanAbsoluteDeviation">Mean of |the judge's mark − the panel's aggregate mark|, in marks.</param>
public sealed record JudgeDeviation(int JudgeId, string JudgeName, int Entries, decimal MeanDeviation, decimal MeanAbsoluteDeviation, JudgeTendency Tendency);

/// <summary>
/// Computed from the current sheets of every panel, drafts excluded, recused judges' sheets never counted. Each value
/// is turned into marks as the scheme scores it alone (a judgement v: maximum × v ÷ 3) and compared with the mark of
/// the aspect for that entrant (the aspect's aggregation over the same values, AspectRule.Score). Places with a single
/// value are skipped: there is no panel to differ from. A judge is Harsh (Lenient) when their mean deviation lies
/// below (above) the median of all judges' means by more than <see cref="Threshold"/> = max(<see cref="Factor"/> ×
/// spread, <see cref="MinimumMarks"/>), spread being the mean distance of the judges' means from that median.
/// </summary>
public sealed record JudgeDeviationReport(IReadOnlyList<JudgeDeviation> Judges, decimal Median, decimal Spread, decimal Threshold)
{
    public const decimal Factor = 1.5m;
    /// <summary>Below this many marks no judge is labelled: agreement to within half a mark is agreement.</summary>
    public const decimal MinimumMarks = 0.5m;
}

public sealed class GetJudgeDeviationsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetJudgeDeviationsQuery, JudgeDeviationReport>
{
    public async Task<JudgeDeviationReport> Handle(GetJudgeDeviationsQuery request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        if (!official.IsOrganizer && !official.IsChief) throw new ForbiddenException("裁判评分偏差报告只对裁判长和组织者开放。");
        var board = await MarkingBoard.LoadAsync(db, request.CompetitionId, null, null, ct);
        var entrants = await db.Entrants.AsNoTracking()
            .Where(e => e.CompetitionId == request.CompetitionId && e.Status == EntrantStatus.Active).Select(e => e.Id).ToListAsync(ct);

        var deviations = new List<(int JudgeId, decimal Deviation)>();
        foreach (var panel in board.Panels)
        foreach (var entrant in entrants)
        foreach (var spread in board.Spreads(panel, entrant))
        {
            var counted = spread.Values.Where(v => v.Status != SheetStatus.Draft).ToList();
            if (counted.Count < 2) continue;
            var aggregate = spread.Aspect.Rule.Score(counted.Select(v => v.Value.Value).ToList())!.Mark;
            deviations.AddRange(counted.Select(v => (v.JudgeId, spread.Aspect.MarkOf(v.Value).Value - aggregate.Value)));
        }

        var means = deviations.GroupBy(d => d.JudgeId)
            .Select(g => (JudgeId: g.Key, Count: g.Count(), Mean: g.Average(d => d.Deviation), Abs: g.Average(d => Math.Abs(d.Deviation))))
            .ToList();
        var median = MarkAggregator.Aggregate(means.Select(m => m.Mean).ToList(), AggregationRule.Median)?.Value ?? 0;
        var spreadOfMeans = means.Count == 0 ? 0 : means.Average(m => Math.Abs(m.Mean - median));
        var threshold = Math.Max(JudgeDeviationReport.Factor * spreadOfMeans, JudgeDeviationReport.MinimumMarks);
        var judges = means.Select(m => new JudgeDeviation(m.JudgeId, board.Judges[m.JudgeId].FullName, m.Count,
                Math.Round(m.Mean, 2), Math.Round(m.Abs, 2),
                m.Mean < median - threshold ? JudgeTendency.Harsh : m.Mean > median + threshold ? JudgeTendency.Lenient : JudgeTendency.Typical))
            .OrderBy(j => j.MeanDeviation).ThenBy(j => j.JudgeName).ToList();
        return new JudgeDeviationReport(judges, Math.Round(median, 2), Math.Round(spreadOfMeans, 2), Math.Round(threshold, 2));
    }
}
