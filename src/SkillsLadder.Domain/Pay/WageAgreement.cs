using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Pay;

/// <summary>
/// A wage-only collective agreement (工资专项集体合同) from the written offer to expiry (DOMAIN.md §5). The procedure's
/// rules live here: representatives 3–10 a side in equal numbers with one chief each, the congress vote rule, and the
/// dated deadlines, which are derived from the dates recorded so reminders can never disagree with the record.
/// </summary>
public sealed partial class WageAgreement : IVersioned
{
    public const int TitleMaxLength = 200;
    private readonly List<AgreementRepresentative> _representatives = [];
    private readonly List<BargainingRound> _rounds = [];
    private readonly List<AgreementVote> _votes = [];
    private WageAgreement() { }

    public WageAgreement(string title, AgreementScope scope, int? enterpriseId, int? industryId, string? district, string minimumWageArea,
        BargainingSide offeredBy, string offerText, DateOnly offeredOn, int termMonths, PayEffectiveRule payRule, BargainingDeadlines deadlines)
    {
        if (scope == AgreementScope.Enterprise && (enterpriseId is null || industryId is not null))
            throw new DomainException("agreement.scope", "企业工资协议须指定企业。", nameof(EnterpriseId));
        if (scope == AgreementScope.IndustryInDistrict && (industryId is null || string.IsNullOrWhiteSpace(district) || enterpriseId is not null))
            throw new DomainException("agreement.scope", "区域性行业工资协议须指定行业和区域。", nameof(IndustryId));
        if (termMonths is < 12 or > 36)
            throw new DomainException("agreement.term", "协议期限应为 12–36 个月。", nameof(TermMonths));
        Title = Guard.Text(title, nameof(Title), TitleMaxLength);
        (Scope, EnterpriseId, IndustryId, District) = (scope, enterpriseId, industryId, Guard.OptionalText(district, nameof(District), 60));
        MinimumWageArea = Guard.Text(minimumWageArea, nameof(MinimumWageArea), MinimumWage.AreaMaxLength);
        OfferText = Guard.Text(offerText, nameof(OfferText), 4000, minLength: 10);
        (OfferedBy, OfferedOn, TermMonths, PayRule) = (offeredBy, offeredOn, termMonths, payRule);
        (ReplyDays, FilingDays, ReviewDays, RenewalLeadDays) = (deadlines.ReplyDays, deadlines.FilingDays, deadlines.ReviewDays, deadlines.RenewalLeadDays);
        (MinRepresentatives, MaxRepresentatives) = (deadlines.MinRepresentatives, deadlines.MaxRepresentatives);
        Status = AgreementStatus.Offered;
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = null!;
    public AgreementScope Scope { get; private set; }
    public int? EnterpriseId { get; private set; }
    public int? IndustryId { get; private set; }
    public string? District { get; private set; }
    public string MinimumWageArea { get; private set; } = null!;
    public BargainingSide OfferedBy { get; private set; }
    public string OfferText { get; private set; } = null!;
    public DateOnly OfferedOn { get; private set; }
    public DateOnly? RepliedOn { get; private set; }
    public int TermMonths { get; private set; }
    public PayEffectiveRule PayRule { get; private set; }
    public int ReplyDays { get; private set; }
    public int FilingDays { get; private set; }
    public int ReviewDays { get; private set; }
    public int RenewalLeadDays { get; private set; }
    public int MinRepresentatives { get; private set; }
    public int MaxRepresentatives { get; private set; }
    public AgreementStatus Status { get; private set; }
    public int? DraftGridId { get; private set; }
    public PayGrid? DraftGrid { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    public DateOnly? FiledOn { get; private set; }
    public DateOnly? BureauApprovedOn { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<AgreementRepresentative> Representatives => _representatives;
    public IReadOnlyCollection<BargainingRound> Rounds => _rounds;
    public IReadOnlyCollection<AgreementVote> Votes => _votes;

    public DateOnly ReplyDueOn => OfferedOn.AddDays(ReplyDays);
    public DateOnly? FilingDueOn => SignedOn?.AddDays(FilingDays);
    public DateOnly? ReviewEndsOn => FiledOn?.AddDays(ReviewDays);
    public DateOnly? RenewalOpensOn => ExpiresOn?.AddDays(-RenewalLeadDays);
    public bool IsExpiring(DateOnly today) => Status == AgreementStatus.Effective && RenewalOpensOn <= today && today <= ExpiresOn;
    public bool IsInForceOn(DateOnly day) =>
        Status is AgreementStatus.Effective or AgreementStatus.Expired && EffectiveFrom <= day && day <= ExpiresOn;

    /// <summary>The deadlines that apply in the current state, each marked overdue once passed without the act.</summary>
    public IReadOnlyList<Reminder> Reminders(DateOnly today)
    {
        var list = new List<Reminder>();
        if (Status == AgreementStatus.Offered) list.Add(new(ReminderKind.ReplyDue, ReplyDueOn, today > ReplyDueOn));
        if (Status == AgreementStatus.Signed) list.Add(new(ReminderKind.FilingDue, FilingDueOn!.Value, today > FilingDueOn));
        if (Status == AgreementStatus.Filed) list.Add(new(ReminderKind.ReviewEnds, ReviewEndsOn!.Value, false));
        if (Status == AgreementStatus.Effective)
        {
            list.Add(new(ReminderKind.RenewalOpens, RenewalOpensOn!.Value, false));
            list.Add(new(ReminderKind.Expires, ExpiresOn!.Value, false));
        }
        return list;
    }
}
