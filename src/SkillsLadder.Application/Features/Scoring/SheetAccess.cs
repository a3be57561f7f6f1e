using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>One judge's sheet for one entrant on one panel, resolved and cleared for the current user.</summary>
public sealed record SheetTarget(
    CompetitionOfficial Official, CompetitionStatus CompetitionStatus, PanelScope Panel, Entrant Entrant, CompetitionJudge Judge)
{
    /// <summary>The sheet's own judge, as opposed to a chief judge or organizer entering a paper form.</summary>
    public bool ByOwnJudge => Official.Seat?.Id == Judge.Id;

    /// <summary>Chief judges and organizers see every judge's values; a plain judge only their own.</summary>
    public bool SeesAllValues => Official.IsOrganizer || Official.IsChief;

    public IQueryable<ScoreSheet> SheetQuery(SkillsLadderDbContext db) => db.ScoreSheets
        .Where(s => s.PanelId == Panel.Id && s.JudgeId == Judge.Id && s.EntrantId == Entrant.Id);
}

/// <summary>
/// Who may touch a sheet: its judge; the chief judge; an organizer (as scribe for paper forms). The judge must sit on
/// the panel and must not be conflicted with the entrant; panel and entrant must be this competition's.
/// </summary>
public static class SheetAccess
{
    /// <param name="forVerification">
    /// Verification is a second official's act: an organizer, the chief judge, or another judge of the same panel who
    /// is not recused from the entrant; judgeId then names whose sheet is verified.
    /// </param>
    /// <remarks>
    /// Every mark save starts here, so the facts come in four queries (the competition with the panel's owner; the seat
    /// and the sheet's judge; the entrant with both recusals; the panel's scope) rather than one per fact; the checks
    /// then run in the order a person would want to hear about them.
    /// </remarks>
    public static async Task<SheetTarget> ResolveSheetAsync(this SkillsLadderDbContext db, ICurrentUser user,
        int competitionId, int panelId, int entrantId, int? judgeId, CancellationToken ct, bool forVerification = false)
    {
        var competition = await db.Competitions.Where(c => c.Id == competitionId)
                              .Select(c => new { c.Status, PanelCompetition = db.JudgePanels.Where(p => p.Id == panelId).Select(p => (int?)p.CompetitionId).FirstOrDefault() })
                              .SingleOrDefaultAsync(ct)
                          ?? throw new NotFoundException("Competition", competitionId);
        var userId = user.UserId is { } id && user.IsInRole(AppRoles.Judge) ? id : (int?)null;
        var judges = await db.CompetitionJudges.AsNoTracking()
            .Where(j => (userId != null && j.CompetitionId == competitionId && j.UserId == userId) || (judgeId != null && j.Id == judgeId)).ToListAsync(ct);
        var official = new CompetitionOfficial(user.UserName ?? "?", user.IsOrganizer(),
            judges.FirstOrDefault(j => userId != null && j.CompetitionId == competitionId && j.UserId == userId));
        if (!official.MaySee) throw new ForbiddenException("您不是本赛的组织者或裁判。");
        if (competition.PanelCompetition is not { } panelCompetition) throw new NotFoundException("Panel", panelId);
        if (panelCompetition != competitionId)
            throw RequestValidationException.For("PanelId", $"评分组 {panelId} 不属于本竞赛。");

        var seatId = judgeId ?? official.Seat?.Id;
        var askingId = official.Seat?.Id ?? 0;
        var found = await db.Entrants.AsNoTracking().Where(e => e.Id == entrantId).Select(e => new
        {
            Entrant = e,
            JudgeRecused = db.Conflicts.Any(c => c.JudgeId == seatId && c.EntrantId == e.Id && c.Status != ConflictStatus.Cleared),
            AskingRecused = db.Conflicts.Any(c => c.JudgeId == askingId && c.EntrantId == e.Id && c.Status != ConflictStatus.Cleared),
        }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Entrant", entrantId);
        var entrant = found.Entrant;
        if (entrant.CompetitionId != competitionId)
            throw RequestValidationException.For("EntrantId", $"参赛者 {entrantId} 不属于本竞赛。");
        if (seatId is null) throw RequestValidationException.For("JudgeId", "请指定为哪位裁判录入（judgeId）。");
        var judge = judges.FirstOrDefault(j => j.Id == seatId);
        if (judge is null || judge.CompetitionId != competitionId)
            throw RequestValidationException.For("JudgeId", $"裁判 {seatId} 不是本竞赛的裁判。");

        var panel = (await db.PanelsAsync(competitionId, panelId, ct)).Single();
        if (forVerification) EnsureMayVerify(official, panel, judge, entrant, found.AskingRecused);
        else if (!official.IsOrganizer && !official.IsChief && official.Seat?.Id != judge.Id)
            throw new ForbiddenException("您只能查看和填写本人的评分表。");
        if (!panel.JudgeIds.Contains(judge.Id))
            throw new ForbiddenException($"{judge.FullName} 不在评分组“{panel.Name}”中，不能为该组评分。");
        if (found.JudgeRecused)
            throw new ForbiddenException($"{judge.FullName} 与 {entrant.Bib} 号参赛者存在利益冲突，须回避，不能查看或评分。");
        // The person asking may be a recused chief judge acting on another judge's sheet: their own conflict counts too.
        if (official.Seat is { } asking && asking.Id != judge.Id && found.AskingRecused)
            throw new ForbiddenException("您与该参赛者存在利益冲突，须回避，不能查看或修改其评分表。");
        return new SheetTarget(official, competition.Status, panel, entrant, judge);
    }

    private static void EnsureMayVerify(CompetitionOfficial official, PanelScope panel, CompetitionJudge judge, Entrant entrant, bool verifierRecused)
    {
        if (official.IsOrganizer || official.IsChief) return;
        var seat = official.Seat!;
        if (!panel.JudgeIds.Contains(seat.Id))
            throw new ForbiddenException($"只有评分组“{panel.Name}”的其他裁判、裁判长或组织者可以复核这张评分表。");
        if (seat.Id == judge.Id)
            throw new ForbiddenException("不能复核本人的评分表，须由另一名裁判或工作人员复核。");
        if (verifierRecused)
            throw new ForbiddenException($"您与 {entrant.Bib} 号参赛者存在利益冲突，须回避，不能复核其评分表。");
    }

    /// <summary>Marks are entered, submitted and verified only while the competition is in marking.</summary>
    public static void EnsureMarking(CompetitionStatus status)
    {
        if (status < CompetitionStatus.Marking)
            throw new DomainException("marking.not_started", "竞赛尚未进入评分阶段，还不能录入或提交分数。");
        if (status > CompetitionStatus.Marking)
            throw new DomainException("marking.locked", "竞赛评分已锁定，不能再录入或修改分数；如需更正，须先由裁判长解锁竞赛。");
    }

    public static void EnsureActive(Entrant entrant)
    {
        if (entrant.Status != EntrantStatus.Active)
            throw new DomainException("entrant.withdrawn", $"{entrant.Bib} 号参赛者已退赛，不能评分。");
    }

    /// <summary>Loads the target sheet for a step (submit, reopen, verify, unlock); there is nothing to do without one.</summary>
    public static async Task<ScoreSheet> TrackedSheetAsync(this SkillsLadderDbContext db, SheetTarget target, int? expectedVersion, CancellationToken ct)
    {
        var sheet = await target.SheetQuery(db).Include(s => s.Entries).SingleOrDefaultAsync(ct)
                    ?? throw new DomainException("sheet.missing", $"{target.Judge.FullName} 还没有为 {target.Entrant.Bib} 号填写评分表。");
        EnsureVersion(sheet.Version, expectedVersion);
        return sheet;
    }

    /// <summary>The optimistic check: the version the user saw must still be the stored one.</summary>
    public static void EnsureVersion(int stored, int? expected)
    {
        if (expected is { } seen && seen != stored)
            throw new ConflictException("stale_version", "评分表已被他人修改（您看到的是旧版本），请刷新查看最新分数后再操作。");
    }
}
