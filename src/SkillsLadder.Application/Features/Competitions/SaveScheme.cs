using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>Replaces the competition's scheme with a new version (the whole tree, as CIS imports it); refused once marking starts.</summary>
public sealed record SaveSchemeCommand(int CompetitionId, int SchemeVersion, SchemeInput Scheme) : ICommand<int>;

/// <summary>Copies the scheme of an earlier competition as this one's new version.</summary>
public sealed record CopySchemeCommand(int CompetitionId, int FromCompetitionId) : ICommand<int>;

public sealed class SaveSchemeHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<SaveSchemeCommand, int>, MediatR.IRequestHandler<CopySchemeCommand, int>
{
    public async Task<int> Handle(SaveSchemeCommand request, CancellationToken ct)
    {
        var competition = await db.CompetitionForOrganizerAsync(user, request.CompetitionId, ct);
        if (competition.SchemeVersion != request.SchemeVersion)
            throw new ConflictException("scheme.stale", $"评分方案已被他人改为第 {competition.SchemeVersion} 版，请刷新后再改。");
        var definition = request.Scheme?.ToDefinition() ?? throw RequestValidationException.For("Scheme", "请提供评分方案。");
        return await ReplaceAsync(competition, definition, ct);
    }

    public async Task<int> Handle(CopySchemeCommand request, CancellationToken ct)
    {
        var competition = await db.CompetitionForOrganizerAsync(user, request.CompetitionId, ct);
        if (request.FromCompetitionId == request.CompetitionId)
            throw RequestValidationException.For(nameof(request.FromCompetitionId), "请选择另一项竞赛作为来源。");
        var source = await db.Competitions.AsNoTracking()
            .Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == request.FromCompetitionId, ct)
            ?? throw RequestValidationException.For(nameof(request.FromCompetitionId), "来源竞赛不存在。");
        if (source.Components.Count == 0)
            throw RequestValidationException.For(nameof(request.FromCompetitionId), $"“{source.Name}”还没有评分方案。");
        return await ReplaceAsync(competition, source.SchemeDefinition(), ct);
    }

    private async Task<int> ReplaceAsync(Domain.Competitions.Competition competition, Domain.Competitions.SchemeDefinition definition, CancellationToken ct)
    {
        // Panels name criteria by id; a new version has new criteria, so assignments are made again afterwards.
        if (!competition.SchemeFrozen &&
            await db.PanelCriteria.AnyAsync(p => db.JudgePanels.Any(j => j.Id == p.PanelId && j.CompetitionId == competition.Id), ct))
            throw new DomainException("scheme.panels_assigned", "评分组已分配了评分标准；请先在“裁判”页取消分配，再更换评分方案。");
        competition.ReplaceScheme(definition);
        await db.SaveChangesAsync(ct);
        return competition.SchemeVersion;
    }
}
