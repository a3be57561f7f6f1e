using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// Raw vs aggregated vs standardised for one entrant, side by side: per aspect every judge's raw value and whether the
/// aggregation used or dropped it (a recused judge shows no value), the aggregate and the mark; per component its mark
/// out of 100; the weighted total from the current sheets (drafts excluded); and beside it what the newest snapshot
/// holds for the entrant (total, standardised total, rank). Organizers and the chief judge.
/// </summary>
public sealed record GetEntrantBreakdownQuery(int CompetitionId, int EntrantId) : IRequest<EntrantBreakdown>;

public enum ValueUse
{
    Used = 1,
    Dropped = 2,
    /// <summary>Conflict of interest: the judge must not mark this entrant, so there is no value.</summary>
    Recused = 3,
    /// <summary>Not marked yet, or only in a draft (not counted).</summary>
    Missing = 4,
}

/// <param name="Value">As entered: 0–3 for a judgement, the mark for a measurement.</param>
/// <param name="AsMark">The value alone as a mark (a judgement: maximum × value ÷ 3).</param>
public sealed record BreakdownValue(string Source, decimal? Value, decimal? AsMark, ValueUse Use);

public sealed record AspectBreakdown(string Criterion, string Code, string Description, AspectKind Kind, decimal Maximum,
    AggregationRule Aggregation, IReadOnlyList<BreakdownValue> Values, decimal? Aggregate, decimal? Mark);

public sealed record ComponentBreakdown(string Name, ComponentKind Kind, int WeightPercent, decimal Mark, bool Complete, IReadOnlyList<AspectBreakdown> Aspects);

public sealed record SnapshotFigures(int Number, Domain.Ranking.SnapshotBasis Basis, Domain.Ranking.SnapshotStatus Status,
    int Rank, decimal Total, decimal? Standardised, decimal? Theory, decimal? Practical);

public sealed record EntrantBreakdown(int EntrantId, int Bib, string Name, string? Enterprise, IReadOnlyList<ComponentBreakdown> Components,
    decimal Total, SnapshotFigures? Snapshot);

public sealed class GetEntrantBreakdownHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetEntrantBreakdownQuery, EntrantBreakdown>
{
    public async Task<EntrantBreakdown> Handle(GetEntrantBreakdownQuery request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        if (!official.IsOrganizer && !official.IsChief) throw new ForbiddenException("各裁判原始分只对裁判长和组织者开放。");
        await db.EnsureMaySeeEntrantAsync(official, request.CompetitionId, request.EntrantId, ct);
        var label = (await db.EntrantLabelsAsync(request.CompetitionId, ct)).GetValueOrDefault(request.EntrantId)
                    ?? throw new NotFoundException("Entrant", request.EntrantId);
        var competition = await db.Competitions.AsNoTracking()
            .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
            .SingleAsync(c => c.Id == request.CompetitionId, ct);
        var values = await BreakdownValues.LoadAsync(db, request.CompetitionId, request.EntrantId, ct);

        var components = competition.Components.OrderBy(m => m.Position).Select(m =>
        {
            var aspects = m.Criteria.OrderBy(k => k.Position).SelectMany(k => k.Aspects.OrderBy(a => a.Position).Select(a =>
                Aspect(k.Code, a, values.GetValueOrDefault(a.Id) ?? []))).ToList();
            return new ComponentBreakdown(m.Name, m.Kind, m.WeightPercent, aspects.Sum(a => a.Mark ?? 0), aspects.All(a => a.Mark is not null), aspects);
        }).ToList();
        var total = SchemeWeights.Total(components.Select(c => (new SchemeComponent(c.Name, c.WeightPercent, []), Mark.Round(c.Mark))).ToList());

        var figures = await (
                from s in db.StandingsSnapshots
                join r in db.StandingsRows on s.Id equals r.SnapshotId
                where s.CompetitionId == request.CompetitionId && r.EntrantId == request.EntrantId
                orderby s.Number descending
                select new SnapshotFigures(s.Number, s.Basis, s.Status, r.Rank, r.TotalHundredths / 100m,
                    r.StandardHundredths / 100m, r.TheoryHundredths / 100m, r.PracticalHundredths / 100m))
            .FirstOrDefaultAsync(ct);
        return new EntrantBreakdown(label.EntrantId, label.Bib, label.Name, label.Enterprise, components, total.Value, figures);
    }

    /// <summary>Scores the counted values with the aspect's own rule and marks which of them the rule dropped.</summary>
    private static AspectBreakdown Aspect(string criterion, MarkingAspect aspect, IReadOnlyList<SourcedValue> values)
    {
        var rule = aspect.Rule;
        var counted = values.Where(v => v.Value is not null).ToList();
        var scored = rule.Score(counted.Select(v => v.Value!.Value.Value).ToList());
        var dropped = (scored?.Aggregate.Dropped ?? []).ToList();
        var rows = values.Select(v =>
        {
            if (v.Value is not { } value) return new BreakdownValue(v.Source, null, null, v.Recused ? ValueUse.Recused : ValueUse.Missing);
            var use = dropped.Remove(value.Value) ? ValueUse.Dropped : ValueUse.Used;
            return new BreakdownValue(v.Source, value.Value, rule.Score([value.Value])!.Mark.Value, use);
        }).ToList();
        return new AspectBreakdown(criterion, aspect.Code, aspect.Description, aspect.Kind, aspect.MaximumHundredths / 100m, aspect.Aggregation,
            rows, scored?.Aggregate.Value, scored?.Mark.Value);
    }
}
