namespace SkillsLadder.Domain.Competitions;

/// <summary>Who runs the contest (DOMAIN.md §2): unions and firms run enterprise and county contests too.</summary>
public enum CompetitionLevel
{
    Enterprise = 1,
    County = 2,
    City = 3,
    Province = 4,
    National = 5,
}

/// <summary>National contests are class I (cross-industry) or class II (one industry); local ones are unclassified.</summary>
public enum CompetitionClass
{
    Unclassified = 0,
    ClassI = 1,
    ClassII = 2,
}

/// <summary>What a scheme component is; the theory component is where exam-system results are imported.</summary>
public enum ComponentKind
{
    Theory = 1,
    Practical = 2,
    Other = 3,
}
