using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// An attempt as its worker sees it: the drawn questions in order; once handed in, each answer given and the mark; once
/// the round has closed, the right answers too (while it runs, a key shown to one worker would reach the others
/// answering the same bank); once the board is published, the places of the worker, their enterprise and their industry.
/// </summary>
public sealed record PracticeAttemptView(long Id, int RoundId, string RoundTitle, DateTime StartedAt, DateTime DeadlineAt, AttemptStatus Status,
    IReadOnlyList<AttemptQuestion> Questions, AttemptResult? Result, AttemptPlaces? Places, DateTime RoundClosesAt, bool KeysShown);

/// <param name="Given">The answer handed in (letters), null while in progress.</param>
/// <param name="Correct">The key, shown only on a handed-in attempt once the round has closed.</param>
public sealed record AttemptQuestion(int Number, QuestionKind Kind, string Stem, IReadOnlyList<string> Options, int Points, string? Given, string? Correct);

public sealed record AttemptResult(int Score, int MaxScore, int CorrectCount, int TimeUsedSeconds, DateTime SubmittedAt);

/// <summary>A null place: not on the board (the worker handed nothing in, or the board predates the hand-in).</summary>
public sealed record AttemptPlaces(int BoardNumber, BoardPlace? Person, BoardPlace? Enterprise, BoardPlace? Industry);

public sealed record BoardPlace(int Rank, int Of, int ScoreHundredths);

internal static class PracticeAttemptViews
{
    public static async Task<PracticeAttemptView> BuildAsync(SkillsLadderDbContext db, PracticeAttempt attempt, DateTime now, CancellationToken ct)
    {
        var round = await db.PracticeRounds.AsNoTracking().SingleAsync(r => r.Id == attempt.RoundId, ct);
        var questions = await LoadQuestionsAsync(db, attempt.QuestionIdList, ct);
        var submitted = attempt.Status == AttemptStatus.Submitted;
        var keysShown = submitted && now >= round.ClosesAt;
        var given = submitted ? (attempt.Answers ?? "").Split('|') : [];
        var lines = questions.Select((q, i) => new AttemptQuestion(i + 1, q.Kind, q.Stem, q.OptionList, q.Points,
            submitted && i < given.Length ? given[i] : null, keysShown ? q.Answer : null)).ToList();
        var result = submitted
            ? new AttemptResult(attempt.Score, attempt.MaxScore, questions.Where((q, i) => i < given.Length && given[i] == q.Answer).Count(),
                attempt.TimeUsedSeconds, attempt.SubmittedAt!.Value)
            : null;
        var places = submitted && round.BoardPublishedAt is not null ? await PlacesAsync(db, attempt, ct) : null;
        return new PracticeAttemptView(attempt.Id, round.Id, round.Title, attempt.StartedAt, attempt.DeadlineAt, attempt.Status, lines, result, places,
            round.ClosesAt, keysShown);
    }

    /// <summary>The drawn questions in the order of the draw (the database returns them in its own order).</summary>
    public static async Task<IReadOnlyList<PracticeQuestion>> LoadQuestionsAsync(SkillsLadderDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var found = await db.PracticeQuestions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, ct);
        return ids.Select(id => found[id]).ToList();
    }

    private static async Task<AttemptPlaces?> PlacesAsync(SkillsLadderDbContext db, PracticeAttempt attempt, CancellationToken ct)
    {
        var board = await db.PracticeBoards.AsNoTracking().Where(b => b.RoundId == attempt.RoundId).OrderByDescending(b => b.Number)
            .Select(b => new { b.Id, b.Number }).FirstOrDefaultAsync(ct);
        if (board is null) return null;
        async Task<BoardPlace?> Place(BoardScope scope, int subjectId)
        {
            var row = await db.PracticeBoardRows.AsNoTracking().Where(r => r.BoardId == board.Id && r.Scope == scope && r.SubjectId == subjectId)
                .Select(r => new { r.Rank, r.ScoreHundredths }).SingleOrDefaultAsync(ct);
            if (row is null) return null;
            var of = await db.PracticeBoardRows.CountAsync(r => r.BoardId == board.Id && r.Scope == scope, ct);
            return new BoardPlace(row.Rank, of, row.ScoreHundredths);
        }
        return new AttemptPlaces(board.Number, await Place(BoardScope.Person, attempt.WorkerId),
            await Place(BoardScope.Enterprise, attempt.EnterpriseId), await Place(BoardScope.Industry, attempt.IndustryId));
    }
}
