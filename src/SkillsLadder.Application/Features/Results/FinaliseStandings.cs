using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// An organizer signs the newest standings computed from locked marks, after the system has checked that nothing is
/// pending: the competition is locked (or already ranked), every expected sheet is locked, and no mark, entrant or
/// status change has come in since the snapshot was computed (no standings demand newer than its DemandUpTo). The
/// competition moves Locked → Ranked. <paramref name="SnapshotId"/>, when sent, must still be that newest snapshot.
/// </summary>
public sealed record FinaliseStandingsCommand(int CompetitionId, int? SnapshotId = null) : ICommand<SnapshotStepResult>;

public sealed record SnapshotStepResult(int SnapshotId, int Number, SnapshotStatus Status, CompetitionStatus CompetitionStatus);

public sealed class FinaliseStandingsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<FinaliseStandingsCommand, SnapshotStepResult>
{
    public async Task<SnapshotStepResult> Handle(FinaliseStandingsCommand request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        official.EnsureOrganizer();
        var competition = await db.CompetitionForOrganizerAsync(user, request.CompetitionId, ct);
        if (competition.Status is not (CompetitionStatus.Locked or CompetitionStatus.Ranked))
            throw new DomainException("standings.not_locked", "竞赛成绩尚未锁定，不能确认排名。");
        var snapshot = await db.StandingsSnapshots
                           .Where(s => s.CompetitionId == competition.Id && s.Basis == SnapshotBasis.Locked)
                           .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct)
                       ?? throw new DomainException("standings.no_snapshot", "还没有根据锁定成绩计算出的排名，请等排名任务完成后再确认。");
        if (request.SnapshotId is { } seen && seen != snapshot.Id)
            throw new ConflictException("standings.stale", $"您确认的不是最新一版排名（最新为第 {snapshot.Number} 版），请刷新后再确认。");
        var now = clock.GetUtcNow().UtcDateTime;
        snapshot.Finalise(official.UserName, now); // refuses one already signed; nothing is saved when a check below fails
        if (await db.StandingsDemands.AnyAsync(d => d.CompetitionId == competition.Id && d.Id > snapshot.DemandUpTo, ct))
            throw new DomainException("standings.pending", "成绩有新的变动尚未计入排名，请等待重新排名后再确认。");

        var facts = await MarkingFacts.ReadAsync(db, competition, ct);
        var verifiedNotLocked = await db.ScoreSheets.CountAsync(s => s.CompetitionId == competition.Id && s.Status == SheetStatus.Verified
            && db.Entrants.Any(e => e.Id == s.EntrantId && e.Status == EntrantStatus.Active), ct);
        if (facts.UnverifiedSheets + verifiedNotLocked > 0)
            throw new DomainException("standings.sheets_not_locked", $"还有 {facts.UnverifiedSheets + verifiedNotLocked} 张评分表未锁定，不能确认排名。");

        if (competition.Status == CompetitionStatus.Locked)
            competition.MoveTo(CompetitionStatus.Ranked, facts with { HasFinalisedSnapshot = true }, official.UserName, now, $"确认第 {snapshot.Number} 版排名");
        await db.SaveChangesAsync(ct);
        return new SnapshotStepResult(snapshot.Id, snapshot.Number, snapshot.Status, competition.Status);
    }
}
