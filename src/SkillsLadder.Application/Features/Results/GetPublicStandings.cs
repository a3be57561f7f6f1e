using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// What anyone, signed in or not, may see of a competition's results. The current published snapshot if there is
/// one; otherwise, only while marking runs (the competition not yet locked), the newest live snapshot; otherwise
/// nothing (Snapshot null). Competitions still in draft or registration do not exist for the public (404).
/// Public columns: position, rank (shared or not), bib, name (team name or members), enterprise, total, standardised
/// total, and on a published result the prize and medal. Never: ID numbers, component marks, time used, proposals,
/// explanations. With <paramref name="After"/> the answer is null while the visible snapshot number is unchanged.
/// While marking runs and the competition has live rows, the live board is those rows' top page
/// (<see cref="LiveBoardReader.PageSize"/>) placed as they are read, numbered by the live revision.
/// </summary>
public sealed record GetPublicStandingsQuery(int CompetitionId, int? After = null) : IRequest<PublicStandings?>;

public sealed class GetPublicStandingsHandler(SkillsLadderDbContext db) : IRequestHandler<GetPublicStandingsQuery, PublicStandings?>
{
    public async Task<PublicStandings?> Handle(GetPublicStandingsQuery request, CancellationToken ct)
    {
        var (name, status) = await db.CompetitionAsync(request.CompetitionId, ct);
        if (status < CompetitionStatus.Marking) throw new NotFoundException("Competition", request.CompetitionId);
        var snapshot = await VisibleAsync(request.CompetitionId, status, ct);
        if (snapshot is not { Status: SnapshotStatus.Published } && status == CompetitionStatus.Marking
            && await db.BoardAsync(request.CompetitionId, ct) is { } live)
            return await LiveAsync(request, name, status, live, ct);
        if (request.After is { } after && after == (snapshot?.Number ?? 0)) return null;
        if (snapshot is null) return new PublicStandings(request.CompetitionId, name, status, null, []);

        var official = snapshot.Status == SnapshotStatus.Published;
        var supersedes = await db.StandingsSnapshots.Where(o => o.SupersededById == snapshot.Id).Select(o => (int?)o.Number).MaxAsync(ct);
        var labels = await db.EntrantLabelsAsync(request.CompetitionId, ct);
        var rows = (await db.RowsAsync(snapshot.Id, ct)).Select(r =>
        {
            var label = labels.GetValueOrDefault(r.EntrantId) ?? new EntrantLabel(r.EntrantId, 0, "?", null);
            return new PublicStandingRow(r.Position, r.Rank, r.Tied, label.Bib, label.Name, label.Enterprise,
                ResultsData.Marks(r.TotalHundredths), ResultsData.Marks(r.StandardHundredths),
                official ? r.Prize : null, official ? r.Medal : null);
        }).ToList();
        return new PublicStandings(request.CompetitionId, name, status,
            new PublicSnapshotInfo(snapshot.Number, snapshot.Basis, snapshot.Status, snapshot.ComputedAt, snapshot.PublishedAt, supersedes), rows);
    }

    private async Task<PublicStandings?> LiveAsync(GetPublicStandingsQuery request, string name, CompetitionStatus status, LiveBoard live, CancellationToken ct)
    {
        if (request.After is { } after && after == (int)live.Revision) return null;
        var rules = await db.Competitions.AsNoTracking().Where(c => c.Id == request.CompetitionId).Select(c => c.RankingRules).SingleAsync(ct);
        var top = await db.TopAsync(request.CompetitionId, rules, LiveBoardReader.PageSize, ct);
        var labels = await db.EntrantLabelsAsync(request.CompetitionId, ct, top.Select(p => p.Row.EntrantId).ToList());
        var rows = top.Select(p =>
        {
            var label = labels.GetValueOrDefault(p.Row.EntrantId) ?? new EntrantLabel(p.Row.EntrantId, p.Row.Bib, "?", null);
            return new PublicStandingRow(p.Position, p.Rank, p.Tied, label.Bib, label.Name, label.Enterprise, ResultsData.Marks(p.Row.TotalHundredths), null, null, null);
        }).ToList();
        return new PublicStandings(request.CompetitionId, name, status,
            new PublicSnapshotInfo((int)live.Revision, SnapshotBasis.Live, SnapshotStatus.Computed, live.UpdatedAt, null, null), rows);
    }

    private async Task<StandingsSnapshot?> VisibleAsync(int competitionId, CompetitionStatus status, CancellationToken ct)
    {
        var published = await db.StandingsSnapshots.AsNoTracking()
            .Where(s => s.CompetitionId == competitionId && s.Status == SnapshotStatus.Published)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        if (published is not null || status != CompetitionStatus.Marking) return published;
        return await db.StandingsSnapshots.AsNoTracking()
            .Where(s => s.CompetitionId == competitionId && s.Basis == SnapshotBasis.Live)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
    }
}
