using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// An organizer publishes a finalised snapshot (the newest finalised one unless <paramref name="SnapshotId"/> names it).
/// A snapshot published earlier becomes Superseded by this one (a correction, shown as such); its rows never change.
/// The first publication moves the competition Ranked → Published.
/// </summary>
public sealed record PublishStandingsCommand(int CompetitionId, int? SnapshotId = null) : ICommand<SnapshotStepResult>;

public sealed class PublishStandingsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<PublishStandingsCommand, SnapshotStepResult>
{
    public async Task<SnapshotStepResult> Handle(PublishStandingsCommand request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        official.EnsureOrganizer();
        var competition = await db.CompetitionForOrganizerAsync(user, request.CompetitionId, ct);
        if (competition.Status is not (CompetitionStatus.Ranked or CompetitionStatus.Published))
            throw new DomainException("standings.not_ranked", "排名尚未经组织者确认，不能发布。");
        var snapshots = db.StandingsSnapshots.Where(s => s.CompetitionId == competition.Id);
        var snapshot = request.SnapshotId is { } id
            ? await snapshots.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("StandingsSnapshot", id)
            : await snapshots.Where(s => s.Status == SnapshotStatus.Finalised).OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct)
              ?? throw new DomainException("snapshot.not_finalised", "没有经组织者确认的排名，不能发布。");

        var now = clock.GetUtcNow().UtcDateTime;
        snapshot.Publish(official.UserName, now); // refuses anything not finalised; nothing is saved when a check below fails
        if (await snapshots.AnyAsync(s => s.Status == SnapshotStatus.Finalised && s.Number > snapshot.Number, ct))
            throw new ConflictException("standings.stale", "还有更新的已确认排名，请发布最新的一版。");
        foreach (var earlier in await snapshots.Where(s => s.Status == SnapshotStatus.Published && s.Id != snapshot.Id).ToListAsync(ct))
            earlier.SupersedeBy(snapshot.Id);
        if (competition.Status == CompetitionStatus.Ranked)
            competition.MoveTo(CompetitionStatus.Published, new CompetitionFacts(competition.SchemeComplete, 0, 0, 0, HasFinalisedSnapshot: true),
                official.UserName, now, $"发布第 {snapshot.Number} 版排名");
        await db.SaveChangesAsync(ct);
        return new SnapshotStepResult(snapshot.Id, snapshot.Number, snapshot.Status, competition.Status);
    }
}
