using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

public sealed record GetSchemeQuery(int CompetitionId) : MediatR.IRequest<SchemeView>;

/// <summary>The scheme with its ids (panels and sheets refer to them), its version, whether it is frozen and what is missing.</summary>
public sealed record SchemeView(int CompetitionId, int Version, bool Frozen, IReadOnlyList<string> Problems, IReadOnlyList<ComponentView> Components)
{
    public IEnumerable<CriterionView> Criteria => Components.SelectMany(c => c.Criteria);
}

public sealed record ComponentView(int Id, string Name, ComponentKind Kind, int WeightPercent, IReadOnlyList<CriterionView> Criteria);

public sealed record CriterionView(int Id, string Code, string Name, decimal Maximum, IReadOnlyList<AspectView> Aspects);

public sealed record AspectView(int Id, string Code, string Description, AspectKind Kind, decimal Maximum, AggregationRule Aggregation,
    decimal AllowedGap, decimal Step, IReadOnlyList<string>? Descriptors);

public sealed class GetSchemeHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<GetSchemeQuery, SchemeView>
{
    public async Task<SchemeView> Handle(GetSchemeQuery request, CancellationToken ct)
    {
        await db.OfficialAsync(user, request.CompetitionId, ct);
        var competition = await db.Competitions.AsNoTracking()
            .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
            .SingleAsync(c => c.Id == request.CompetitionId, ct);
        var components = competition.Components.OrderBy(c => c.Position).Select(c => new ComponentView(c.Id, c.Name, c.Kind, c.WeightPercent,
            c.Criteria.OrderBy(k => k.Position).Select(k => new CriterionView(k.Id, k.Code, k.Name,
                k.Aspects.Sum(a => a.MaximumHundredths) / 100m,
                k.Aspects.OrderBy(a => a.Position).Select(a =>
                {
                    var spec = a.ToSpec();
                    return new AspectView(a.Id, a.Code, a.Description, a.Kind, spec.Maximum.Value, a.Aggregation,
                        spec.AllowedGap.Value, spec.Step.Value, spec.Descriptors);
                }).ToList())).ToList())).ToList();
        var problems = components.Count == 0 ? ["尚未制定评分方案。"] : competition.SchemeDefinition().Problems();
        return new SchemeView(competition.Id, competition.SchemeVersion, competition.SchemeFrozen, problems, components);
    }
}
