using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// The first-start policy: the usual clauses of post-2019 occupational standards (DOMAIN.md §1, [DEFAULT]) over the
/// default eight-level ladder. 特级技师 and 首席技师 have no routes: enterprises appoint them (评聘). The competition
/// exemption (top 3 of a city-or-higher contest in the last 2 years) is a common local rule; admins change all of it.
/// </summary>
public static class DefaultLadderPolicy
{
    public static LadderPolicy Create(DateOnly effectiveFrom, DateTime createdAt) => new(1, effectiveFrom, 1, 4,
    [
        Route(2, yearsInOccupation: 1),
        Route(2, yearsAtPrevious: 1),
        Route(3, yearsAtPrevious: 4),
        Route(3, yearsInOccupation: 6),
        Route(3, education: Education.TechnicalSchool),
        Route(4, yearsAtPrevious: 5),
        Route(4, yearsAtPrevious: 2, education: Education.College),
        Route(5, yearsAtPrevious: 4),
        Route(5, yearsAtPrevious: 3, education: Education.TechnicianCollege),
        Route(5, yearsAtPrevious: 2, education: Education.PreparatoryTechnician),
        Route(6, yearsAtPrevious: 4),
        .. Enumerable.Range(2, 5).Select(rank => new LevelRoute(rank, null, null, null, null, 3, CompetitionLevel.City, 2)),
    ], "默认规则：常见职业标准条款（可按职业调整）。", "system", createdAt);

    private static LevelRoute Route(int rank, int? yearsAtPrevious = null, int? yearsInOccupation = null, Education? education = null) =>
        new(rank, null, yearsAtPrevious, yearsInOccupation, education, null, null, null);
}
