using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>
/// The jury's live board. While marking runs and the competition has live rows, the top page of those rows
/// (<see cref="LiveBoardReader.PageSize"/>, everyone level with the last included) with the jury's columns (theory,
/// practical, time, aspects still unmarked), numbered by the live revision: it moves with each submitted sheet, where
/// a whole live snapshot comes at most once a minute. Otherwise the newest snapshot, as <see cref="GetStandingsQuery"/>.
/// Organizers and the competition's judges only. With <paramref name="After"/>, null while that number is still current.
/// </summary>
public sealed record GetJuryBoardQuery(int CompetitionId, int? After = null) : IRequest<JuryStandings?>;

public sealed class GetJuryBoardHandler(SkillsLadderDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<GetJuryBoardQuery, JuryStandings?>
{
    public async Task<JuryStandings?> Handle(GetJuryBoardQuery request, CancellationToken ct)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, ct);
        var (name, status) = await db.CompetitionAsync(request.CompetitionId, ct);
        if (status != CompetitionStatus.Marking || await db.BoardAsync(request.CompetitionId, ct) is not { } live)
            return await mediator.Send(new GetStandingsQuery(request.CompetitionId, After: request.After), ct);
        if (request.After is { } after && after == (int)live.Revision) return null;

        var rules = await db.Competitions.AsNoTracking().Where(c => c.Id == request.CompetitionId).Select(c => c.RankingRules).SingleAsync(ct);
        var top = await db.TopAsync(request.CompetitionId, rules, LiveBoardReader.PageSize, ct);
        var labels = await db.EntrantLabelsAsync(request.CompetitionId, ct, top.Select(p => p.Row.EntrantId).ToList());
        var hidden = await db.HiddenEntrantsAsync(official, request.CompetitionId, ct);
        var rows = top.Where(p => !hidden.Contains(p.Row.EntrantId)).Select(p =>
        {
            var r = p.Row;
            var label = labels.GetValueOrDefault(r.EntrantId) ?? new EntrantLabel(r.EntrantId, r.Bib, "?", null);
            var missing = r.MissingAspects > 0 ? $"尚有 {r.MissingAspects} 个评分项未评。" : "";
            return new JuryStandingRow(p.Position, p.Rank, p.Tied, r.EntrantId, label.Bib, label.Name, label.Enterprise,
                ResultsData.Marks(r.TotalHundredths), null, ResultsData.Marks(r.TheoryHundredths), ResultsData.Marks(r.PracticalHundredths),
                r.TimeUsedSeconds, Prize.None, Medal.None, null, missing);
        }).ToList();
        var entrants = await db.LiveStandings.CountAsync(r => r.CompetitionId == request.CompetitionId, ct);
        var info = new SnapshotInfo(0, (int)live.Revision, SnapshotBasis.Live, SnapshotStatus.Computed, live.UpdatedAt, entrants,
            null, null, null, null, true, null, null);
        return new JuryStandings(request.CompetitionId, name, status, official.IsOrganizer, info, rows, false, false);
    }
}
