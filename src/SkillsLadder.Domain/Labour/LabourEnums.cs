namespace SkillsLadder.Domain.Labour;

/// <summary>The kinds of labour competition (DOMAIN.md §4, Fujian's list).</summary>
public enum CampaignKind
{
    DevelopmentStrategy = 1,
    KeyProject = 2,
    MajorEvent = 3,
    CentralTask = 4,
    ServiceWindow = 5,
}

/// <summary>How often units are assessed: weekly, monthly, quarterly, or at named milestones.</summary>
public enum PeriodCadence
{
    Weekly = 1,
    Monthly = 2,
    Quarterly = 3,
    Milestone = 4,
}

public enum CampaignStatus
{
    /// <summary>Being set up: particulars, participants, periods and the indicator scheme.</summary>
    Draft = 1,
    /// <summary>Assessments are entered period by period.</summary>
    Running = 2,
    /// <summary>Every period locked; year-end awards may be proposed.</summary>
    Closed = 3,
}

public enum ParticipantKind
{
    /// <summary>A collective: a section (标段), a crew (班组) or an enterprise. Competes for the red banner and 先进集体.</summary>
    Unit = 1,
    /// <summary>One worker. Competes for 先进个人.</summary>
    Individual = 2,
}

public enum UnitKind
{
    Section = 1,
    Crew = 2,
    Enterprise = 3,
}

/// <summary>六比一创 and its common variants (DOMAIN.md §4).</summary>
public enum IndicatorCategory
{
    Quality = 1,
    Safety = 2,
    Schedule = 3,
    Innovation = 4,
    Management = 5,
    CivilisedConstruction = 6,
    HarmoniousTeam = 7,
    Cost = 8,
    Integrity = 9,
}

public enum MeasureDirection
{
    /// <summary>More is better (days ahead of schedule, output).</summary>
    HigherIsBetter = 1,
    /// <summary>Less is better (cost overrun, defects per hundred).</summary>
    LowerIsBetter = 2,
}

public enum PeriodStatus
{
    Open = 1,
    /// <summary>Every assessment of the period submitted and signed off: final, the banner goes to its leader.</summary>
    Locked = 2,
}

public enum AssessmentStatus
{
    Draft = 1,
    Submitted = 2,
    Locked = 3,
}

public enum AssessmentAction
{
    ValueEntered = 1,
    EventsCounted = 2,
    Submitted = 3,
    Reopened = 4,
    Locked = 5,
    Unlocked = 6,
    EvidenceAdded = 7,
    EvidenceRemoved = 8,
}
