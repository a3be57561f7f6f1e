using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// The jury's standings: one whole snapshot (the one asked for, else the newest of <paramref name="Basis"/>, else the
/// newest of all) with every column. Organizers and the competition's judges only. With <paramref name="After"/>
/// (the snapshot number the caller already shows) the answer is null when that is still the one chosen: the live
/// board's cheap "no change".
/// </summary>
public sealed record GetStandingsQuery(int CompetitionId, int? SnapshotId = null, SnapshotBasis? Basis = null, int? After = null)
    : IRequest<JuryStandings?>;

public sealed class GetStandingsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetStandingsQuery, JuryStandings?>
{
    public async Task<JuryStandings?> Handle(GetStandingsQuery request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        var snapshot = await db.ChooseSnapshotAsync(request.CompetitionId, request.SnapshotId, request.Basis, ct);
        if (request.After is { } after && after == (snapshot?.Number ?? 0)) return null;
        var (name, status) = await db.CompetitionAsync(request.CompetitionId, ct);
        if (snapshot is null) return new JuryStandings(request.CompetitionId, name, status, official.IsOrganizer, null, [], false, false);

        var info = await db.InfoAsync(snapshot, ct);
        var labels = await db.EntrantLabelsAsync(request.CompetitionId, ct);
        var hidden = await db.HiddenEntrantsAsync(official, request.CompetitionId, ct);
        var rows = (await db.RowsAsync(snapshot.Id, ct)).Where(r => !hidden.Contains(r.EntrantId)).Select(r =>
        {
            var label = labels.GetValueOrDefault(r.EntrantId) ?? new EntrantLabel(r.EntrantId, 0, "?", null);
            return new JuryStandingRow(r.Position, r.Rank, r.Tied, r.EntrantId, label.Bib, label.Name, label.Enterprise,
                ResultsData.Marks(r.TotalHundredths), ResultsData.Marks(r.StandardHundredths), ResultsData.Marks(r.TheoryHundredths),
                ResultsData.Marks(r.PracticalHundredths), r.TimeUsedSeconds, r.Prize, r.Medal, r.Proposal, r.Explanation);
        }).ToList();
        var mayFinalise = official.IsOrganizer && info is { Basis: SnapshotBasis.Locked, Status: SnapshotStatus.Computed, IsLatest: true }
                          && status is CompetitionStatus.Locked or CompetitionStatus.Ranked;
        var mayPublish = official.IsOrganizer && info.Status == SnapshotStatus.Finalised
                         && status is CompetitionStatus.Ranked or CompetitionStatus.Published;
        return new JuryStandings(request.CompetitionId, name, status, official.IsOrganizer, info, rows, mayFinalise, mayPublish);
    }
}
