namespace SkillsLadder.Domain.Pay;

public enum AgreementScope
{
    Enterprise = 1,
    /// <summary>区域性行业工资集体协商: one industry within a district.</summary>
    IndustryInDistrict = 2,
}

public enum BargainingSide
{
    Union = 1,
    Employer = 2,
}

/// <summary>
/// Stored states. "Reply due" is <see cref="Offered"/> with its reply deadline, and "Expiring" is <see cref="Effective"/>
/// inside the renewal window: both follow from dates, so they are computed, never stored stale.
/// </summary>
public enum AgreementStatus
{
    Offered = 1,
    Negotiating = 2,
    Draft = 3,
    Approved = 4,
    Signed = 5,
    Filed = 6,
    Effective = 7,
    Expired = 8,
}

public enum ReminderKind
{
    /// <summary>Written reply to the offer within 20 days.</summary>
    ReplyDue = 1,
    /// <summary>Employer files the signed agreement with the 人社部门 within 10 days.</summary>
    FilingDue = 2,
    /// <summary>The bureau reviews within 15 days; silence is approval.</summary>
    ReviewEnds = 3,
    /// <summary>Renewal talks open 60 days before expiry.</summary>
    RenewalOpens = 4,
    Expires = 5,
}

/// <summary>A dated legal deadline of an agreement, and whether it has passed unmet.</summary>
public sealed record Reminder(ReminderKind Kind, DateOnly DueOn, bool Overdue);

/// <summary>
/// The procedure's day counts (DOMAIN.md §5 and configurable rule 12), copied onto each agreement when it is
/// offered so later configuration changes do not move its deadlines.
/// </summary>
public sealed record BargainingDeadlines(int ReplyDays = 20, int FilingDays = 10, int ReviewDays = 15, int RenewalLeadDays = 60,
    int MinRepresentatives = 3, int MaxRepresentatives = 10);
