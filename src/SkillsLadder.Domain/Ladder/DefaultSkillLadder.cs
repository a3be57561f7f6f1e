namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// The default ladder, the "new eight levels" of the 2022 人社部 opinion. It is only the first-start seed:
/// once stored, the ladder is data that admins edit.
/// </summary>
public static class DefaultSkillLadder
{
    public static IReadOnlyList<SkillLevel> Create() =>
    [
        new(1, "Apprentice", "学徒工", "Apprentice", null),
        new(2, "Junior", "初级工", "Junior worker", 5),
        new(3, "Intermediate", "中级工", "Intermediate worker", 4),
        new(4, "Senior", "高级工", "Senior worker", 3),
        new(5, "Technician", "技师", "Technician", 2),
        new(6, "SeniorTechnician", "高级技师", "Senior technician", 1),
        new(7, "PrincipalTechnician", "特级技师", "Principal technician", null),
        new(8, "ChiefTechnician", "首席技师", "Chief technician", null),
    ];
}
