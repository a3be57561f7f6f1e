using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// The worker hands in their answers, one per drawn question in the order shown (letters: "B", "ACD"; "T"/"F" or
/// 对/错 for true/false; empty for unanswered). Marked at once; after the deadline (plus a grace for the network)
/// refused with a message. A city-wide round takes thousands of these a second at the close, so a hand-in is one read
/// and one guarded UPDATE: no row that every hand-in of the round writes, no job-engine call (the board is built by the
/// ranking job scheduled at the round's close).
/// </summary>
/// <remarks>
/// Deliberately not an <see cref="ICommand{T}"/>: the one UPDATE is atomic by itself, so the pipeline's transaction
/// would only add round trips (begin, commit) and hold the read in it; and no unit-of-work hook follows hand-ins.
/// </remarks>
public sealed record HandInPracticeAttemptCommand : MediatR.IRequest<PracticeMark>
{
    public long AttemptId { get; init; }
    public IReadOnlyList<string?> Answers { get; init; } = [];
}

public sealed class HandInPracticeAttemptValidator : AbstractValidator<HandInPracticeAttemptCommand>
{
    public HandInPracticeAttemptValidator()
    {
        RuleFor(c => c.Answers).NotEmpty().WithMessage("请提交答案。")
            .Must(a => a.Count <= 200 && a.All(x => (x?.Length ?? 0) <= 20)).WithMessage("答案格式不正确。");
    }
}

public sealed class HandInPracticeAttemptHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock, PracticeRoundKeys keys)
    : MediatR.IRequestHandler<HandInPracticeAttemptCommand, PracticeMark>
{
    public async Task<PracticeMark> Handle(HandInPracticeAttemptCommand request, CancellationToken ct)
    {
        var workerId = user.EnsureWorker();
        // One connection for the read and the write: one pool rent (and session reset) per hand-in, not two.
        await db.Database.OpenConnectionAsync(ct);
        var found = await (from a in db.PracticeAttempts.AsNoTracking()
                           join r in db.PracticeRounds on a.RoundId equals r.Id
                           where a.Id == request.AttemptId
                           select new { Attempt = a, r.BankId, r.ClosesAt }).SingleOrDefaultAsync(ct)
                    ?? throw new NotFoundException("PracticeAttempt", request.AttemptId);
        var attempt = found.Attempt;
        if (attempt.WorkerId != workerId) throw new ForbiddenException("这不是您的答卷。");
        var now = clock.GetUtcNow().UtcDateTime;
        if (attempt.Status == AttemptStatus.InProgress && now > found.ClosesAt.AddSeconds(PracticeAttempt.GraceSeconds))
            throw new DomainException("attempt.late", $"本轮练兵已于 {PracticeAccess.ChinaTime(found.ClosesAt):yyyy-MM-dd HH:mm} 结束，交卷未被接受。");

        var questions = await keys.ForAsync(db, attempt.RoundId, found.BankId, found.ClosesAt, attempt.QuestionIdList, ct);
        var mark = attempt.HandIn(questions, request.Answers.Select(TrueFalse).ToList(), now);
        // Guarded by the state it was read in: of two hand-ins racing, the second finds the attempt submitted and writes nothing.
        var written = await db.PracticeAttempts
            .Where(a => a.Id == attempt.Id && a.WorkerId == workerId && a.Status == AttemptStatus.InProgress)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, attempt.Status).SetProperty(a => a.SubmittedAt, attempt.SubmittedAt)
                .SetProperty(a => a.Score, attempt.Score).SetProperty(a => a.MaxScore, attempt.MaxScore)
                .SetProperty(a => a.Answers, attempt.Answers).SetProperty(a => a.TimeUsedSeconds, attempt.TimeUsedSeconds), ct);
        if (written == 0) throw PracticeAttempt.AlreadySubmitted();
        return mark;
    }

    /// <summary>对/错 as typed on a phone keyboard mean T/F; NormaliseAnswer keeps letters only.</summary>
    private static string? TrueFalse(string? answer) => answer?.Trim() switch
    {
        "对" or "√" or "正确" => "T",
        "错" or "×" or "错误" => "F",
        var other => other,
    };
}
