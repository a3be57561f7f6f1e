using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Titles;

public sealed record TitleEquivalenceInput(int LevelRank, TitleGrade Grade, string Title);

/// <summary>
/// An admin saves the whole table at once (rows not sent are removed): each rank must be a level of the skill ladder
/// and appear once, and a higher level may not map to a lower title grade, or eligibility would rank workers upside down.
/// </summary>
public sealed record ReplaceTitleEquivalencesCommand(IReadOnlyList<TitleEquivalenceInput> Rows) : ICommand<int>;

public sealed class ReplaceTitleEquivalencesValidator : AbstractValidator<ReplaceTitleEquivalencesCommand>
{
    public ReplaceTitleEquivalencesValidator()
    {
        RuleFor(c => c.Rows).NotEmpty().WithMessage("比照表至少要有一行。");
        RuleForEach(c => c.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Grade).IsInEnum().WithMessage("职称级别无效。");
            row.RuleFor(r => r.Title).NotEmpty().WithMessage("请填写职称名称。")
                .MaximumLength(TitleEquivalence.TitleMaxLength).WithMessage($"职称名称最多 {TitleEquivalence.TitleMaxLength} 个字。");
        });
        RuleFor(c => c.Rows).Must(rows => rows is null || rows.Select(r => r.LevelRank).Distinct().Count() == rows.Count)
            .WithMessage("同一技能等级只能比照一个职称。");
    }
}

public sealed class ReplaceTitleEquivalencesHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<ReplaceTitleEquivalencesCommand, int>
{
    public async Task<int> Handle(ReplaceTitleEquivalencesCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以修改职称比照表。");
        var ranks = (await db.SkillLevels.Select(l => l.Rank).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < request.Rows.Count; i++)
            if (!ranks.Contains(request.Rows[i].LevelRank)) errors[$"Rows[{i}].LevelRank"] = ["技能等级不在技能等级序列中。"];
        var ordered = request.Rows.OrderBy(r => r.LevelRank).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].Grade < ordered[i - 1].Grade)
                errors[$"Rows[{request.Rows.ToList().IndexOf(ordered[i])}].Grade"] = ["较高技能等级比照的职称级别不能低于较低等级。"];
        if (errors.Count > 0) throw new RequestValidationException(errors);

        db.TitleEquivalences.RemoveRange(await db.TitleEquivalences.ToListAsync(cancellationToken));
        // Removed rows go first: a rank kept in the table would otherwise collide with its own old row.
        await db.SaveChangesAsync(cancellationToken);
        db.TitleEquivalences.AddRange(ordered.Select(r => new TitleEquivalence(r.LevelRank, r.Grade, r.Title.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return ordered.Count;
    }
}
