using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// A round's newest board in one scope, for every signed-in user: the top <see cref="Top"/> lines and the viewer's own
/// line (their own place, their enterprise's, their industry's) even when it is further down.
/// </summary>
public sealed record GetPracticeBoardQuery(int RoundId, BoardScope Scope = BoardScope.Person) : MediatR.IRequest<PracticeBoardView>
{
    public const int Top = 100;
}

/// <param name="BoardNumber">Null while no board is published (the round is still open, or the job has not run yet).</param>
public sealed record PracticeBoardView(int RoundId, string RoundTitle, DateTime ClosesAt, BoardScope Scope, int? BoardNumber, DateTime? ComputedAt,
    int Participants, int Lines, IReadOnlyList<PracticeBoardLine> Top, PracticeBoardLine? Mine);

/// <param name="Detail">A person's enterprise; empty for groups.</param>
public sealed record PracticeBoardLine(int Rank, int SubjectId, string Name, string? Detail, int ScoreHundredths, int Participants, int TimeUsedSeconds, bool IsMine);

public sealed class GetPracticeBoardHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<GetPracticeBoardQuery, PracticeBoardView>
{
    public async Task<PracticeBoardView> Handle(GetPracticeBoardQuery request, CancellationToken ct)
    {
        var round = await db.PracticeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RoundId, ct)
                    ?? throw new NotFoundException("PracticeRound", request.RoundId);
        var board = await db.PracticeBoards.AsNoTracking().Where(b => b.RoundId == round.Id).OrderByDescending(b => b.Number).FirstOrDefaultAsync(ct);
        if (board is null) return new PracticeBoardView(round.Id, round.Title, round.ClosesAt, request.Scope, null, null, 0, 0, [], null);

        var rows = db.PracticeBoardRows.AsNoTracking().Where(r => r.BoardId == board.Id && r.Scope == request.Scope);
        var top = await rows.OrderBy(r => r.Rank).ThenBy(r => r.SubjectId).Take(GetPracticeBoardQuery.Top).ToListAsync(ct);
        var mineId = await MySubjectAsync(round.Id, request.Scope, ct);
        var mine = mineId is { } id ? top.FirstOrDefault(r => r.SubjectId == id) ?? await rows.SingleOrDefaultAsync(r => r.SubjectId == id, ct) : null;
        var names = await NamesAsync(request.Scope, top.Select(r => r.SubjectId).Append(mineId ?? 0).Distinct().ToList(), ct);
        PracticeBoardLine Line(PracticeBoardRow r) => new(r.Rank, r.SubjectId, names.GetValueOrDefault(r.SubjectId).Name ?? $"#{r.SubjectId}",
            names.GetValueOrDefault(r.SubjectId).Detail, r.ScoreHundredths, r.Participants, r.TimeUsedSeconds, r.SubjectId == mineId);
        return new PracticeBoardView(round.Id, round.Title, round.ClosesAt, request.Scope, board.Number, board.ComputedAt, board.Participants,
            await rows.CountAsync(ct), top.Select(Line).ToList(), mine is null ? null : Line(mine));
    }

    /// <summary>The viewer's line: from their attempt (the enterprise and industry of the day), else HR's enterprise.</summary>
    private async Task<int?> MySubjectAsync(int roundId, BoardScope scope, CancellationToken ct)
    {
        var attempt = user.WorkerId is { } workerId
            ? await db.PracticeAttempts.AsNoTracking().Where(a => a.RoundId == roundId && a.WorkerId == workerId)
                .Select(a => new { a.WorkerId, a.EnterpriseId, a.IndustryId }).SingleOrDefaultAsync(ct)
            : null;
        return scope switch
        {
            BoardScope.Person => attempt?.WorkerId,
            BoardScope.Enterprise => attempt?.EnterpriseId ?? user.EnterpriseId,
            _ => attempt?.IndustryId,
        };
    }

    private async Task<Dictionary<int, (string? Name, string? Detail)>> NamesAsync(BoardScope scope, List<int> ids, CancellationToken ct) => scope switch
    {
        BoardScope.Person => await (from w in db.Workers
                                    join e in db.Enterprises on w.EnterpriseId equals e.Id
                                    where ids.Contains(w.Id)
                                    select new { w.Id, w.FullName, e.Name }).ToDictionaryAsync(x => x.Id, x => ((string?)x.FullName, (string?)x.Name), ct),
        BoardScope.Enterprise => await db.Enterprises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => ((string?)e.Name, (string?)null), ct),
        _ => await db.Industries.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => ((string?)i.Name, (string?)null), ct),
    };
}
