using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// What the practice ranking job sends at a round's close: computes the boards from the submitted attempts and writes
/// a whole new numbered board (people, enterprises, industries) in this command's transaction, then marks the round's
/// board published. Before the close (plus the hand-in grace) it writes nothing. Safe to send twice: once a board is
/// published, the job and the sweep write nothing more (hand-ins end at the close, so nothing can have changed);
/// <paramref name="Again"/> asks for a new board with the same rows anyway (an admin's recomputation, the benchmark).
/// </summary>
public sealed record RankPracticeRoundCommand(int RoundId, bool Again = false) : ICommand<PracticeBoardResult>;

/// <param name="Written">False when the round is missing or not closed yet.</param>
public sealed record PracticeBoardResult(int RoundId, int? BoardId, int? Number, bool Written, int Participants, int Rows);

/// <summary>Closed rounds (past the grace) without a board: what the periodic sweep ranks.</summary>
public sealed record PendingPracticeBoardsQuery : MediatR.IRequest<IReadOnlyList<int>>;

public sealed class RankPracticeRoundHandler(SkillsLadderDbContext db, TimeProvider clock, ILogger<RankPracticeRoundHandler> logger)
    : MediatR.IRequestHandler<RankPracticeRoundCommand, PracticeBoardResult>, MediatR.IRequestHandler<PendingPracticeBoardsQuery, IReadOnlyList<int>>
{
    public async Task<PracticeBoardResult> Handle(RankPracticeRoundCommand request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var round = await db.PracticeRounds.SingleOrDefaultAsync(r => r.Id == request.RoundId, ct);
        if (round is null || now < round.ClosesAt.AddSeconds(PracticeAttempt.GraceSeconds))
            return new PracticeBoardResult(request.RoundId, null, null, false, 0, 0);
        // A sweep that ran while the first ranking was still writing asks again: nothing new to write.
        if (round.BoardPublishedAt is not null && !request.Again)
            return new PracticeBoardResult(request.RoundId, null, null, false, 0, 0);

        var watch = Stopwatch.StartNew();
        var entries = await db.PracticeAttempts.AsNoTracking().Where(a => a.RoundId == round.Id && a.Status == AttemptStatus.Submitted)
            .Select(a => new BoardEntry(a.WorkerId, a.EnterpriseId, a.IndustryId, a.Score, a.TimeUsedSeconds)).ToListAsync(ct);
        var read = watch.Elapsed;
        var lines = PracticeBoardCalculator.Rank(entries);
        var number = (await db.PracticeBoards.Where(b => b.RoundId == round.Id).MaxAsync(b => (int?)b.Number, ct) ?? 0) + 1;
        var board = new PracticeBoard(round.Id, number, now, entries.Count);
        db.PracticeBoards.Add(board);
        round.MarkBoardPublished(now);
        await db.SaveChangesAsync(ct);
        var ranked = watch.Elapsed;

        // Bulk, in primary key order: 200,000 people through the change tracker would take minutes (PracticeBench).
        await using var table = new BulkTable<PracticeBoardRow>(db, Columns);
        await table.CopyAsync(lines.OrderBy(l => l.Scope).ThenBy(l => l.SubjectId).Select(l => new object?[]
            { board.Id, l.Scope, l.SubjectId, l.Rank, l.ScoreHundredths, l.Participants, l.TimeUsedSeconds }), ct);
        logger.LogDebug("Ranked practice round {RoundId}: {People} people; read {Read} ms, rank {Rank} ms, write {Write} ms", round.Id, entries.Count,
            (int)read.TotalMilliseconds, (int)(ranked - read).TotalMilliseconds, (int)(watch.Elapsed - ranked).TotalMilliseconds);
        return new PracticeBoardResult(round.Id, board.Id, number, true, entries.Count, lines.Count);
    }

    public async Task<IReadOnlyList<int>> Handle(PendingPracticeBoardsQuery request, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddSeconds(-PracticeAttempt.GraceSeconds);
        return await db.PracticeRounds.Where(r => r.BoardPublishedAt == null && r.ClosesAt <= cutoff).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
    }

    private static readonly string[] Columns =
    [
        nameof(PracticeBoardRow.BoardId), nameof(PracticeBoardRow.Scope), nameof(PracticeBoardRow.SubjectId), nameof(PracticeBoardRow.Rank),
        nameof(PracticeBoardRow.ScoreHundredths), nameof(PracticeBoardRow.Participants), nameof(PracticeBoardRow.TimeUsedSeconds),
    ];
}
