using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Features.Enterprises;

/// <summary>The fields an enterprise form sends, shared by create and edit.</summary>
public interface IEnterpriseFields
{
    string Name { get; }
    string CreditCode { get; }
    int IndustryId { get; }
    string District { get; }
    string? Address { get; }
}

/// <summary>Shape checks shared by the create and edit validators.</summary>
public sealed class EnterpriseFieldsValidator : AbstractValidator<IEnterpriseFields>
{
    public EnterpriseFieldsValidator()
    {
        RuleFor(e => e.Name).NotEmpty().WithMessage("请填写企业名称。")
            .Length(2, Enterprise.NameMaxLength).WithMessage($"企业名称应为 2–{Enterprise.NameMaxLength} 个字。");
        RuleFor(e => e.CreditCode).Custom((code, context) =>
        {
            if (UnifiedSocialCreditCode.Check(code) is { } error) context.AddFailure(error);
        });
        RuleFor(e => e.IndustryId).GreaterThan(0).WithMessage("请选择所属行业。");
        RuleFor(e => e.District).NotEmpty().WithMessage("请填写所在区县。")
            .MaximumLength(Enterprise.DistrictMaxLength).WithMessage($"区县名称最多 {Enterprise.DistrictMaxLength} 个字。");
        RuleFor(e => e.Address).MaximumLength(Enterprise.AddressMaxLength).WithMessage($"地址最多 {Enterprise.AddressMaxLength} 个字。");
    }
}

/// <summary>Checks that need the database: the code is not another enterprise's, the industry exists.</summary>
internal static class EnterpriseChecks
{
    public static async Task EnsureReferencesAsync(SkillsLadderDbContext db, IEnterpriseFields fields, int? exceptId, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalise(fields.CreditCode);
        var holder = await db.Enterprises.Where(e => e.CreditCode == code && e.Id != exceptId)
            .Select(e => e.Name).FirstOrDefaultAsync(ct);
        if (holder is not null)
            throw RequestValidationException.For(nameof(IEnterpriseFields.CreditCode), $"该统一社会信用代码已登记为“{holder}”。");
        if (!await db.Industries.AnyAsync(i => i.Id == fields.IndustryId, ct))
            throw RequestValidationException.For(nameof(IEnterpriseFields.IndustryId), "所选行业不存在。");
    }
}
