using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>
/// The federation's yearly review (grade and note). One a year: a second review of the same year is refused by the
/// domain, and the unique index catches two reviewers racing.
/// </summary>
public sealed record ReviewStudioCommand(int StudioId, int Year, StudioReviewGrade Grade, string? Note) : ICommand<int>;

public sealed class ReviewStudioValidator : AbstractValidator<ReviewStudioCommand>
{
    public ReviewStudioValidator(TimeProvider clock)
    {
        RuleFor(c => c.Year).Must(y => y >= 2000 && y <= clock.Today().Year).WithMessage("考核年度应在 2000 年至今年之间。");
        RuleFor(c => c.Grade).IsInEnum().WithMessage("请选择考核等次。");
        RuleFor(c => c.Note).MaximumLength(1000).WithMessage("考核意见最多 1000 个字。");
    }
}

public sealed class ReviewStudioHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<ReviewStudioCommand, int>
{
    public async Task<int> Handle(ReviewStudioCommand request, CancellationToken cancellationToken)
    {
        user.EnsureMayRunStudios();
        var studio = await db.StudioAsync(request.StudioId, cancellationToken);
        studio.Review(request.Year, request.Grade, request.Note, user.UserName ?? "?");
        await db.SaveChangesAsync(cancellationToken);
        return studio.Id;
    }
}
