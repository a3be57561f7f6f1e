namespace SkillsLadder.Domain.Honours;

public enum NominationKind
{
    /// <summary>A title from the honour catalogue.</summary>
    Honour = 1,
    /// <summary>One skill level up, from a competition result (DOMAIN.md §2).</summary>
    Promotion = 2,
    /// <summary>A collective title (先进集体) for a labour-campaign unit; its leader stands for it, no personal honour follows.</summary>
    CollectiveHonour = 3,
}

public enum NominationSource
{
    CompetitionResult = 1,
    Enterprise = 2,
    /// <summary>A labour campaign's year-end standings (先进集体, 先进个人).</summary>
    LabourCampaign = 3,
}

public enum NominationStatus
{
    Submitted = 1,
    InReview = 2,
    AwaitingSecondApproval = 3,
    OnNotice = 4,
    Conferred = 5,
    Rejected = 6,
    Withdrawn = 7,
}

public enum NominationAction
{
    Nominated = 1,
    Assigned = 2,
    Recused = 3,
    Approved = 4,
    SecondApproved = 5,
    NoticeStarted = 6,
    ObjectionFiled = 7,
    ObjectionUpheld = 8,
    ObjectionDismissed = 9,
    Conferred = 10,
    Rejected = 11,
    Withdrawn = 12,
}

public enum ObjectionStatus
{
    Open = 1,
    Upheld = 2,
    Dismissed = 3,
}

/// <summary>Who did a step: the account and the name it was signed with (kept even if the account is renamed).</summary>
public sealed record Signature(string UserId, string Name);

/// <summary>The public-notice window, both days included (computed with the <see cref="WorkingCalendar"/>).</summary>
public sealed record NoticeWindow(DateOnly StartsOn, DateOnly EndsOn);
