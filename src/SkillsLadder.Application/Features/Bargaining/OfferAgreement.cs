using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// The written offer (要约) that opens an agreement: for one enterprise or one industry in a district. The deadlines come
/// from configuration (Bargaining:ReplyDays, FilingDays, ReviewDays, RenewalLeadDays, MinRepresentatives,
/// MaxRepresentatives; defaults 20/10/15/60, 3–10) and are copied onto the agreement.
/// </summary>
public sealed record OfferAgreementCommand : ICommand<int>
{
    public string Title { get; init; } = "";
    public AgreementScope Scope { get; init; } = AgreementScope.Enterprise;
    public int? EnterpriseId { get; init; }
    public int? IndustryId { get; init; }
    public string? District { get; init; }
    public string MinimumWageArea { get; init; } = "";
    public BargainingSide OfferedBy { get; init; } = BargainingSide.Union;
    public string OfferText { get; init; } = "";
    public DateOnly? OfferedOn { get; init; }
    public int TermMonths { get; init; } = 12;
    public PayEffectiveRule PayRule { get; init; } = PayEffectiveRule.NextPayMonth;
}

public sealed class OfferAgreementValidator : AbstractValidator<OfferAgreementCommand>
{
    public OfferAgreementValidator(TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("请填写协议名称。").MaximumLength(WageAgreement.TitleMaxLength).WithMessage("协议名称过长。");
        RuleFor(c => c.Scope).IsInEnum().WithMessage("请选择协商范围。");
        RuleFor(c => c.EnterpriseId).NotNull().When(c => c.Scope == AgreementScope.Enterprise).WithMessage("请选择企业。");
        RuleFor(c => c.IndustryId).NotNull().When(c => c.Scope == AgreementScope.IndustryInDistrict).WithMessage("请选择行业。");
        RuleFor(c => c.District).NotEmpty().When(c => c.Scope == AgreementScope.IndustryInDistrict).WithMessage("请填写区域。");
        RuleFor(c => c.MinimumWageArea).NotEmpty().WithMessage("请填写适用的最低工资标准地区。");
        RuleFor(c => c.OfferedBy).IsInEnum().WithMessage("请选择要约方。");
        RuleFor(c => c.OfferText).NotEmpty().WithMessage("请填写要约书内容。").MinimumLength(10).WithMessage("要约书内容至少 10 个字。");
        RuleFor(c => c.OfferedOn).NotNull().WithMessage("请填写要约日期。")
            .Must(d => d <= clock.Today()).WithMessage("要约日期不能晚于今天。");
        RuleFor(c => c.TermMonths).InclusiveBetween(12, 36).WithMessage("协议期限应为 12–36 个月。");
        RuleFor(c => c.PayRule).IsInEnum().WithMessage("请选择工资调整生效规则。");
    }
}

public sealed class OfferAgreementHandler(SkillsLadderDbContext db, ICurrentUser user, IConfiguration configuration)
    : MediatR.IRequestHandler<OfferAgreementCommand, int>
{
    public async Task<int> Handle(OfferAgreementCommand request, CancellationToken cancellationToken)
    {
        user.EnsureCanSeeBargaining();
        var enterpriseId = request.Scope == AgreementScope.Enterprise ? request.EnterpriseId : null;
        user.EnsureActs(request.OfferedBy, enterpriseId);
        if (enterpriseId is { } id && !await db.Enterprises.AnyAsync(e => e.Id == id, cancellationToken))
            throw RequestValidationException.For(nameof(request.EnterpriseId), "所选企业不存在。");
        var industryId = request.Scope == AgreementScope.IndustryInDistrict ? request.IndustryId : null;
        if (industryId is { } industry && !await db.Industries.AnyAsync(i => i.Id == industry, cancellationToken))
            throw RequestValidationException.For(nameof(request.IndustryId), "所选行业不存在。");
        // The grid is checked against this area's minimum wage at every later step: an area with no standard is a typo.
        var area = request.MinimumWageArea.Trim();
        if (!await db.MinimumWages.AnyAsync(w => w.Area == area, cancellationToken))
            throw RequestValidationException.For(nameof(request.MinimumWageArea), "没有这个最低工资标准地区，请从已录入的地区中选择，或先录入该地区的标准。");
        var agreement = new WageAgreement(request.Title, request.Scope, enterpriseId, industryId,
            request.Scope == AgreementScope.IndustryInDistrict ? request.District : null, request.MinimumWageArea.Trim(),
            request.OfferedBy, request.OfferText, request.OfferedOn!.Value, request.TermMonths, request.PayRule, Deadlines(configuration));
        db.WageAgreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return agreement.Id;
    }

    public static BargainingDeadlines Deadlines(IConfiguration configuration)
    {
        var d = new BargainingDeadlines();
        var section = configuration.GetSection("Bargaining");
        int Get(string key, int fallback) => int.TryParse(section[key], out var value) ? value : fallback;
        return new BargainingDeadlines(Get(nameof(d.ReplyDays), d.ReplyDays), Get(nameof(d.FilingDays), d.FilingDays),
            Get(nameof(d.ReviewDays), d.ReviewDays), Get(nameof(d.RenewalLeadDays), d.RenewalLeadDays),
            Get(nameof(d.MinRepresentatives), d.MinRepresentatives), Get(nameof(d.MaxRepresentatives), d.MaxRepresentatives));
    }
}
