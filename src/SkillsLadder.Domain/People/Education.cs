namespace SkillsLadder.Domain.People;

/// <summary>
/// The diplomas that occupational standards accept in place of years (DOMAIN.md §1). A route asks for "at least" a
/// value, so the order follows the standards rather than academic rank: technician-college paths come last because
/// they open the 技师 routes that college and university degrees do not, while a technician-college diploma also
/// counts wherever a college diploma is accepted (三级 routes name both).
/// </summary>
public enum Education
{
    None = 0,
    /// <summary>技工学校 / 中等职业学校.</summary>
    TechnicalSchool = 1,
    /// <summary>大专 / 高职.</summary>
    College = 2,
    /// <summary>本科及以上.</summary>
    Bachelor = 3,
    /// <summary>高级技工学校 / 技师学院 graduate.</summary>
    TechnicianCollege = 4,
    /// <summary>技师学院预备技师班 (preparatory technician class).</summary>
    PreparatoryTechnician = 5,
}
