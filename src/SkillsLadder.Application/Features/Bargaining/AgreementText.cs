using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// Where an agreement stands as people say it: the stored status, except an offer is "reply due" and an effective
/// agreement inside its renewal window is "expiring" (both follow from dates).
/// </summary>
public enum AgreementStage
{
    ReplyDue = 1, Negotiating = 2, Draft = 3, Approved = 4, Signed = 5, Filed = 6, Effective = 7, Expiring = 8, Expired = 9,
}

public sealed record ReminderItem(ReminderKind Kind, string Label, DateOnly DueOn, bool Overdue);

/// <summary>Chinese names shared by pages, the API's labels and the exports.</summary>
public static class AgreementText
{
    public static AgreementStage Stage(WageAgreement a, DateOnly today) => a.Status switch
    {
        AgreementStatus.Offered => AgreementStage.ReplyDue,
        AgreementStatus.Effective when a.IsExpiring(today) => AgreementStage.Expiring,
        _ => Enum.Parse<AgreementStage>(a.Status.ToString()),
    };

    public static string Stage(AgreementStage stage) => stage switch
    {
        AgreementStage.ReplyDue => "待回应",
        AgreementStage.Negotiating => "协商中",
        AgreementStage.Draft => "草案待表决",
        AgreementStage.Approved => "职代会已通过",
        AgreementStage.Signed => "已签字",
        AgreementStage.Filed => "已报送审查",
        AgreementStage.Effective => "生效中",
        AgreementStage.Expiring => "即将到期",
        AgreementStage.Expired => "已到期",
        _ => stage.ToString(),
    };

    public static string Reminder(ReminderKind kind) => kind switch
    {
        ReminderKind.ReplyDue => "书面回应截止",
        ReminderKind.FilingDue => "报送人社部门截止",
        ReminderKind.ReviewEnds => "审查期满（逾期未提异议视为同意）",
        ReminderKind.RenewalOpens => "续订协商开始",
        _ => "协议到期",
    };

    public static IReadOnlyList<ReminderItem> Reminders(WageAgreement a, DateOnly today) =>
        a.Reminders(today).OrderBy(r => r.DueOn).Select(r => new ReminderItem(r.Kind, Reminder(r.Kind), r.DueOn, r.Overdue)).ToList();

    public static string Side(BargainingSide side) => side == BargainingSide.Union ? "职工方" : "企业方";
    public static string Scope(AgreementScope scope) => scope == AgreementScope.Enterprise ? "企业" : "区域性行业";
    public static string PayRule(PayEffectiveRule rule) => rule == PayEffectiveRule.SameDay ? "当日起" : "次月起";
}
