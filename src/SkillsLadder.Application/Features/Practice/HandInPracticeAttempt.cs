using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// The worker hands in their answers, one per drawn question in the order shown (letters: "B", "ACD"; "T"/"F" or
/// 对/错 for true/false; empty for unanswered). Marked at once; after the deadline (plus a grace for the network)
/// refused with a message. Kept lean: a city-wide round takes hundreds of these a second at the close.
/// </summary>
public sealed record HandInPracticeAttemptCommand : ICommand<PracticeMark>
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

public sealed class HandInPracticeAttemptHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<HandInPracticeAttemptCommand, PracticeMark>
{
    public async Task<PracticeMark> Handle(HandInPracticeAttemptCommand request, CancellationToken ct)
    {
        var workerId = user.EnsureWorker();
        var attempt = await db.PracticeAttempts.SingleOrDefaultAsync(a => a.Id == request.AttemptId, ct)
                      ?? throw new NotFoundException("PracticeAttempt", request.AttemptId);
        if (attempt.WorkerId != workerId) throw new ForbiddenException("这不是您的答卷。");
        var questions = await PracticeAttemptViews.LoadQuestionsAsync(db, attempt.QuestionIdList, ct);
        var answers = request.Answers.Select(TrueFalse).ToList();
        var mark = attempt.HandIn(questions, answers, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
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
