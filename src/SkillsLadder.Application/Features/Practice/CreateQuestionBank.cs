using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>A new, empty question bank for one occupation (or for all, when OccupationId is empty); questions come by import.</summary>
public sealed record CreateQuestionBankCommand : ICommand<int>
{
    public string Name { get; init; } = "";
    public int? OccupationId { get; init; }
}

public sealed class CreateQuestionBankValidator : AbstractValidator<CreateQuestionBankCommand>
{
    public CreateQuestionBankValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= QuestionBank.NameMaxLength)
            .WithMessage($"请填写题库名称（最多 {QuestionBank.NameMaxLength} 字）。");
    }
}

public sealed class CreateQuestionBankHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<CreateQuestionBankCommand, int>
{
    public async Task<int> Handle(CreateQuestionBankCommand request, CancellationToken ct)
    {
        user.EnsurePracticeManager();
        if (request.OccupationId is { } occupationId && !await db.Occupations.AnyAsync(o => o.Id == occupationId, ct))
            throw RequestValidationException.For(nameof(request.OccupationId), "所选职业（工种）不存在。");
        var bank = new QuestionBank(request.Name, request.OccupationId, clock.GetUtcNow().UtcDateTime);
        db.QuestionBanks.Add(bank);
        await db.SaveChangesAsync(ct);
        return bank.Id;
    }
}
