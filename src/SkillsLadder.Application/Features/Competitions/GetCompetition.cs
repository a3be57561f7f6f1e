using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

public sealed record GetCompetitionQuery(int Id) : IRequest<CompetitionDetailsView>;

public sealed record CompetitionDetailsView
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public CompetitionLevel Level { get; init; }
    public CompetitionClass Class { get; init; }
    public int OccupationId { get; init; }
    public string OccupationName { get; init; } = "";
    public int? IndustryId { get; init; }
    public string? IndustryName { get; init; }
    public string? Theme { get; init; }
    public string Organizer { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string Venue { get; init; } = "";
    public int TeamSize { get; init; }
    public EligibilityView Eligibility { get; init; } = null!;
    public Domain.Ranking.RankingRules RankingRules { get; init; } = Domain.Ranking.RankingRules.Default;
    public int? PromotionCapLevelId { get; init; }
    public CompetitionStatus Status { get; init; }
    public int SchemeVersion { get; init; }
    public bool SchemeComplete { get; init; }
    public int Version { get; init; }
    public int ActiveEntrants { get; init; }
    public int WithdrawnEntrants { get; init; }
    public int Judges { get; init; }
    public int Panels { get; init; }
    public IReadOnlyDictionary<SheetStatus, int> SheetsByStatus { get; init; } = new Dictionary<SheetStatus, int>();
    public IReadOnlyList<StatusChangeView> History { get; init; } = [];
}

/// <summary>Eligibility as an organizer reads it: level ids and names rather than ladder ranks.</summary>
public sealed record EligibilityView(bool OccupationMustMatch, int? MinimumLevelId, string? MinimumLevelName,
    int? MaximumLevelId, string? MaximumLevelName, int? MinimumYearsInPost, int? HonourCoolingOffYears,
    Domain.Training.TitleGrade? MinimumTitleGrade = null);

public sealed record StatusChangeView(CompetitionStatus From, CompetitionStatus To, string By, DateTime At, string? Reason);

public sealed class GetCompetitionHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetCompetitionQuery, CompetitionDetailsView>
{
    public async Task<CompetitionDetailsView> Handle(GetCompetitionQuery request, CancellationToken ct)
    {
        await db.OfficialAsync(user, request.Id, ct);
        var c = await db.Competitions.AsNoTracking().Include(x => x.History)
            .Include(x => x.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects).AsSplitQuery()
            .SingleAsync(x => x.Id == request.Id, ct);
        var levels = await db.SkillLevels.AsNoTracking().ToListAsync(ct);
        var min = levels.SingleOrDefault(l => l.Rank == c.Eligibility.MinimumLevelRank);
        var max = levels.SingleOrDefault(l => l.Rank == c.Eligibility.MaximumLevelRank);
        var entrants = await db.Entrants.Where(e => e.CompetitionId == c.Id).GroupBy(e => e.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var sheets = await db.ScoreSheets.Where(s => s.CompetitionId == c.Id).GroupBy(s => s.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new CompetitionDetailsView
        {
            Id = c.Id, Name = c.Name, Level = c.Level, Class = c.Class, OccupationId = c.OccupationId,
            OccupationName = await db.Occupations.Where(o => o.Id == c.OccupationId).Select(o => o.Name).SingleAsync(ct),
            IndustryId = c.IndustryId,
            IndustryName = await db.Industries.Where(i => i.Id == c.IndustryId).Select(i => i.Name).SingleOrDefaultAsync(ct),
            Theme = c.Theme, Organizer = c.Organizer, StartsOn = c.StartsOn, EndsOn = c.EndsOn, Venue = c.Venue, TeamSize = c.TeamSize,
            Eligibility = new EligibilityView(c.Eligibility.OccupationMustMatch, min?.Id, min?.NameZh, max?.Id, max?.NameZh,
                c.Eligibility.MinimumYearsInPost, c.Eligibility.HonourCoolingOffYears, c.Eligibility.MinimumTitleGrade),
            RankingRules = c.RankingRules,
            PromotionCapLevelId = levels.SingleOrDefault(l => l.Rank == c.RankingRules.PromotionCapLevelRank)?.Id,
            Status = c.Status, SchemeVersion = c.SchemeVersion, SchemeComplete = c.SchemeComplete, Version = c.Version,
            ActiveEntrants = entrants.Where(e => e.Key == EntrantStatus.Active).Sum(e => e.Count),
            WithdrawnEntrants = entrants.Where(e => e.Key == EntrantStatus.Withdrawn).Sum(e => e.Count),
            Judges = await db.CompetitionJudges.CountAsync(j => j.CompetitionId == c.Id, ct),
            Panels = await db.JudgePanels.CountAsync(p => p.CompetitionId == c.Id, ct),
            SheetsByStatus = sheets.ToDictionary(s => s.Key, s => s.Count),
            History = c.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new StatusChangeView(h.From, h.To, h.By, h.At, h.Reason)).ToList(),
        };
    }
}
