using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>Adds a standard for an area from a date (an adjustment is a new row; old ones stay for past checks). Admins only.</summary>
public sealed record AddMinimumWageCommand : ICommand<int>
{
    public string Area { get; init; } = "";
    /// <summary>Monthly amount in yuan, e.g. "2490" or "2,490.00": parsed exactly to fen.</summary>
    public string Monthly { get; init; } = "";
    public DateOnly? EffectiveFrom { get; init; }
}

public sealed class AddMinimumWageValidator : AbstractValidator<AddMinimumWageCommand>
{
    public AddMinimumWageValidator()
    {
        RuleFor(c => c.Area).NotEmpty().WithMessage("请填写地区。")
            .MaximumLength(MinimumWage.AreaMaxLength).WithMessage($"地区最多 {MinimumWage.AreaMaxLength} 个字。");
        RuleFor(c => c.Monthly).Must(t => Money.TryParseYuan(t, out _)).WithMessage("月最低工资应为不小于 0 的数字，最多两位小数（单位：元）。");
        RuleFor(c => c.EffectiveFrom).NotNull().WithMessage("请填写执行日期。");
    }
}

public sealed class AddMinimumWageHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddMinimumWageCommand, int>
{
    public async Task<int> Handle(AddMinimumWageCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护最低工资标准。");
        var area = request.Area.Trim();
        var from = request.EffectiveFrom!.Value;
        // The unique index (area, date) backs this up against a race; the check gives the clear message.
        if (await db.MinimumWages.AnyAsync(w => w.Area == area && w.EffectiveFrom == from, cancellationToken))
            throw RequestValidationException.For(nameof(request.EffectiveFrom), $"{area} 自 {from:yyyy-MM-dd} 起的最低工资标准已录入。");
        var standard = BargainingErrors.OnField(nameof(request.Monthly), () => new MinimumWage(area, Money.ParseYuan(request.Monthly, nameof(request.Monthly)), from));
        db.MinimumWages.Add(standard);
        await db.SaveChangesAsync(cancellationToken);
        return standard.Id;
    }
}
