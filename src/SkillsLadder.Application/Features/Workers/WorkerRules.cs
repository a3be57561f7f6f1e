using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

/// <summary>The profile fields a worker form sends, shared by create and edit.</summary>
public interface IWorkerProfileFields
{
    string FullName { get; }
    int EnterpriseId { get; }
    int OccupationId { get; }
    DateOnly? HireDate { get; }
    bool IsUnionMember { get; }
    /// <summary>The highest diploma; some ladder routes accept it in place of years.</summary>
    Education Education { get; }
}

public sealed class WorkerProfileValidator : AbstractValidator<IWorkerProfileFields>
{
    public WorkerProfileValidator(TimeProvider clock)
    {
        RuleFor(w => w.FullName).NotEmpty().WithMessage("请填写姓名。")
            .MaximumLength(Worker.NameMaxLength).WithMessage($"姓名最多 {Worker.NameMaxLength} 个字。");
        RuleFor(w => w.EnterpriseId).GreaterThan(0).WithMessage("请选择所在企业。");
        RuleFor(w => w.OccupationId).GreaterThan(0).WithMessage("请选择职业（工种）。");
        RuleFor(w => w.HireDate).NotNull().WithMessage("请填写入职日期。")
            .Must(d => d <= clock.Today()).WithMessage("入职日期不能晚于今天。");
        RuleFor(w => w.Education).IsInEnum().WithMessage("请选择学历。");
    }
}

internal static class WorkerChecks
{
    public static async Task EnsureReferencesAsync(SkillsLadderDbContext db, IWorkerProfileFields fields, CancellationToken ct)
    {
        if (!await db.Enterprises.AnyAsync(e => e.Id == fields.EnterpriseId, ct))
            throw RequestValidationException.For(nameof(IWorkerProfileFields.EnterpriseId), "所选企业不存在。");
        if (!await db.Occupations.AnyAsync(o => o.Id == fields.OccupationId, ct))
            throw RequestValidationException.For(nameof(IWorkerProfileFields.OccupationId), "所选职业不存在。");
    }

    /// <summary>Entity guards that name a field become field errors, so the form shows them in place.</summary>
    public static T AsFieldErrors<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Domain.Common.DomainException ex) when (ex.Field is not null)
        {
            throw RequestValidationException.For(ex.Field, ex.Message);
        }
    }
}
