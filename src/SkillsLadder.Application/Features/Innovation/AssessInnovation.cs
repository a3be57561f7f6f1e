using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// Assesses a submitted entry: accepted with an assessed yearly benefit (yuan, exact to the fen) and a grade — the one
/// <see cref="InnovationGrading"/> suggests, or another with a written reason — or not adopted with a reason. Enterprise
/// HR for its enterprise, federation reviewers and admins; never an author of the entry. An acceptance is ladder
/// evidence, so every author's place on the ladder is evaluated again in the same transaction.
/// </summary>
public sealed record AssessInnovationCommand : ICommand<int>
{
    public int EntryId { get; init; }
    /// <summary>The version the assessor read: a decision on a changed entry is refused (409).</summary>
    public int? Version { get; init; }
    public bool? Adopted { get; init; }
    /// <summary>Yearly benefit in yuan, e.g. "36000" or "1,250.50".</summary>
    public string? AssessedBenefit { get; init; }
    /// <summary>Null: the grade the benefit suggests.</summary>
    public InnovationGrade? Grade { get; init; }
    public string? Note { get; init; }
}

public sealed class AssessInnovationValidator : AbstractValidator<AssessInnovationCommand>
{
    public AssessInnovationValidator()
    {
        RuleFor(c => c.Version).NotNull().WithMessage("缺少版本号，请刷新页面后重试。");
        RuleFor(c => c.Adopted).NotNull().WithMessage("请选择采纳或不采纳。");
        RuleFor(c => c.AssessedBenefit).Must(text => Money.TryParseYuan(text, out _)).When(c => c.Adopted == true)
            .WithMessage("请填写年度评估效益：不小于 0 的金额，最多两位小数（单位：元）。");
        RuleFor(c => c.Grade).IsInEnum().WithMessage("等级无效。");
        RuleFor(c => c.Note).Must(n => n?.Trim().Length >= 2).When(c => c.Adopted == false).WithMessage("请填写不采纳的理由。");
        RuleFor(c => c.Note).MaximumLength(InnovationEntry.TextMaxLength).WithMessage($"意见最多 {InnovationEntry.TextMaxLength} 个字。");
    }
}

public sealed class AssessInnovationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<AssessInnovationCommand, int>
{
    public async Task<int> Handle(AssessInnovationCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.InnovationAsync(request.EntryId, tracked: true, cancellationToken);
        if (!user.MayAssessFor(entry.EnterpriseId))
            throw new ForbiddenException("只有本企业人事、总工会审核人员或管理员可以评定创新成果。");
        if (user.IsAuthorOf(entry))
            throw new DomainException("innovation.conflict_of_interest", "您是这项成果的完成人，按回避原则不能评定，请由其他评审人员评定。");
        db.Entry(entry).Property(e => e.Version).OriginalValue = request.Version!.Value;
        var by = (await db.SignatureAsync(user, cancellationToken)).Name;
        var today = clock.Today();

        if (request.Adopted == true)
            entry.Accept(Money.ParseYuan(request.AssessedBenefit, nameof(request.AssessedBenefit)), request.Grade, request.Note, by, today);
        else
            entry.NotAdopt(request.Note ?? "", by, today);
        await db.SaveChangesAsync(cancellationToken);

        if (entry.Status == InnovationStatus.Accepted)
            await db.ReevaluateAsync(entry.Authors.Select(a => a.WorkerId).ToList(), today, "创新成果被采纳",
                clock.GetUtcNow().UtcDateTime, cancellationToken);
        return entry.Id;
    }
}
