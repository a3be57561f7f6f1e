using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// A competition's snapshot history for the jury, newest first: every snapshot computed from locked marks (those are
/// the ones finalised, published and superseded) and the newest live one. Live snapshots come and go with every
/// burst of marking, so older ones are left out of the list (they stay readable by id).
/// </summary>
public sealed record ListStandingsSnapshotsQuery(int CompetitionId) : IRequest<IReadOnlyList<SnapshotInfo>>;

public sealed class ListStandingsSnapshotsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<ListStandingsSnapshotsQuery, IReadOnlyList<SnapshotInfo>>
{
    public async Task<IReadOnlyList<SnapshotInfo>> Handle(ListStandingsSnapshotsQuery request, CancellationToken ct)
    {
        await db.OfficialAsync(user, request.CompetitionId, ct);
        var all = db.StandingsSnapshots.AsNoTracking().Where(s => s.CompetitionId == request.CompetitionId);
        var latestLive = await all.Where(s => s.Basis == SnapshotBasis.Live).MaxAsync(s => (int?)s.Number, ct);
        var snapshots = await all.Where(s => s.Basis == SnapshotBasis.Locked || s.Number == latestLive)
            .OrderByDescending(s => s.Number).ToListAsync(ct);
        var numbers = snapshots.ToDictionary(s => s.Id, s => s.Number);
        var latestLocked = snapshots.Where(s => s.Basis == SnapshotBasis.Locked).Select(s => (int?)s.Number).Max();
        return snapshots.Select(s => new SnapshotInfo(s.Id, s.Number, s.Basis, s.Status, s.ComputedAt, s.EntrantCount,
                s.FinalisedBy, s.FinalisedAt, s.PublishedBy, s.PublishedAt,
                IsLatest: s.Number == (s.Basis == SnapshotBasis.Live ? latestLive : latestLocked),
                Supersedes: snapshots.Where(o => o.SupersededById == s.Id).Select(o => (int?)o.Number).Max(),
                SupersededBy: s.SupersededById is { } by ? numbers.GetValueOrDefault(by) : null))
            .ToList();
    }
}
