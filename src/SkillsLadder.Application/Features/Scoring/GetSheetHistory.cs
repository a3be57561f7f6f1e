using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>A sheet's whole history, oldest first: every mark with its old and new value, every step with its reason.</summary>
public sealed record GetSheetHistoryQuery(int CompetitionId, int SheetId) : IRequest<SheetHistory>;

public sealed record SheetHistory(int SheetId, int Bib, string? JudgeName, SheetStatus Status, IReadOnlyList<SheetHistoryItem> Items);

/// <summary>Old and New are what was typed (0–3 for a judgement); null means empty.</summary>
public sealed record SheetHistoryItem(DateTime At, string By, SheetAction Action, string? AspectCode, decimal? Old, decimal? New, string? Reason);

public sealed class GetSheetHistoryHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetSheetHistoryQuery, SheetHistory>
{
    public async Task<SheetHistory> Handle(GetSheetHistoryQuery request, CancellationToken cancellationToken)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, cancellationToken);
        var sheet = await db.ScoreSheets.AsNoTracking().Include(s => s.Changes)
                        .SingleOrDefaultAsync(s => s.Id == request.SheetId && s.CompetitionId == request.CompetitionId, cancellationToken)
                    ?? throw new NotFoundException("ScoreSheet", request.SheetId);
        // The chief judge and organizers audit every sheet; a judge reads the history of their own sheets only.
        if (!official.IsOrganizer && !official.IsChief && (sheet.JudgeId is null || sheet.JudgeId != official.Seat?.Id))
            throw new ForbiddenException("只有裁判长、组织者或该表的裁判可以查看评分表历史。");
        await db.EnsureMaySeeEntrantAsync(official, request.CompetitionId, sheet.EntrantId, cancellationToken);

        var aspectIds = sheet.Changes.Where(c => c.AspectId != null).Select(c => c.AspectId!.Value).Distinct().ToList();
        var codes = await db.MarkingAspects.AsNoTracking().Where(a => aspectIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var bib = await db.Entrants.Where(e => e.Id == sheet.EntrantId).Select(e => e.Bib).SingleAsync(cancellationToken);
        var judge = sheet.JudgeId is { } judgeId
            ? await db.CompetitionJudges.Where(j => j.Id == judgeId).Select(j => j.FullName).SingleAsync(cancellationToken)
            : null;
        var items = sheet.Changes.OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new SheetHistoryItem(c.At, c.By, c.Action, c.AspectId is { } id ? codes.GetValueOrDefault(id) : null,
                c.OldHundredths / 100m, c.NewHundredths / 100m, c.Reason))
            .ToList();
        return new SheetHistory(sheet.Id, bib, judge, sheet.Status, items);
    }
}
