using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// A practice round on a bank: title, open and close instants (UTC), minutes per attempt, questions per attempt, and
/// the seed of the draw (random when empty). Schedules the round's ranking for its close.
/// </summary>
/// <remarks>
/// Deliberately not an <see cref="ICommand{T}"/>: the ranking is scheduled after the round is saved, and on SQLite
/// the job store shares the database file, so scheduling inside an open write transaction would wait on itself.
/// One SaveChanges is atomic on its own.
/// </remarks>
public sealed record CreatePracticeRoundCommand : IRequest<int>
{
    public int BankId { get; init; }
    public string Title { get; init; } = "";
    public DateTime OpensAt { get; init; }
    public DateTime ClosesAt { get; init; }
    public int DurationMinutes { get; init; } = 30;
    public int QuestionCount { get; init; } = 20;
    public int? Seed { get; init; }
}

public sealed class CreatePracticeRoundValidator : AbstractValidator<CreatePracticeRoundCommand>
{
    public CreatePracticeRoundValidator()
    {
        RuleFor(c => c.Title).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= PracticeRound.TitleMaxLength)
            .WithMessage($"请填写轮次名称（最多 {PracticeRound.TitleMaxLength} 字）。");
        RuleFor(c => c.BankId).GreaterThan(0).WithMessage("请选择题库。");
        RuleFor(c => c.OpensAt).NotEmpty().WithMessage("请填写开始时间。");
        RuleFor(c => c.ClosesAt).GreaterThan(c => c.OpensAt).WithMessage("结束时间应晚于开始时间。");
        RuleFor(c => c.DurationMinutes).InclusiveBetween(1, 240).WithMessage("答题时长应为 1–240 分钟。");
        RuleFor(c => c.QuestionCount).InclusiveBetween(1, 200).WithMessage("题量应为 1–200 题。");
    }
}

public sealed class CreatePracticeRoundHandler(SkillsLadderDbContext db, ICurrentUser user, IPracticeScheduler scheduler,
    ILogger<CreatePracticeRoundHandler> logger) : IRequestHandler<CreatePracticeRoundCommand, int>
{
    public async Task<int> Handle(CreatePracticeRoundCommand request, CancellationToken ct)
    {
        user.EnsurePracticeManager();
        if (!await db.QuestionBanks.AnyAsync(b => b.Id == request.BankId, ct)) throw new NotFoundException("QuestionBank", request.BankId);
        var bankSize = await db.PracticeQuestions.CountAsync(q => q.BankId == request.BankId, ct);
        var round = new PracticeRound(request.BankId, request.Title, Utc(request.OpensAt), Utc(request.ClosesAt), request.DurationMinutes,
            request.QuestionCount, bankSize, request.Seed ?? Random.Shared.Next(1, int.MaxValue));
        db.PracticeRounds.Add(round);
        await db.SaveChangesAsync(ct);
        try
        {
            // After the last accepted hand-in: a deadline is never past the close, plus the network grace.
            await scheduler.RankAtAsync(round.Id, round.ClosesAt.AddSeconds(PracticeAttempt.GraceSeconds + 5), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Ranking of practice round {RoundId} not scheduled; the standings sweep will rank it", round.Id);
        }
        return round.Id;
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
