using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

/// <summary>How each <see cref="Education"/> value reads in forms, the ladder requirements and the API's descriptions.</summary>
public static class EducationNames
{
    public static string Zh(Education education) => education switch
    {
        Education.None => "未登记学历",
        Education.TechnicalSchool => "技工学校 / 中等职业学校",
        Education.College => "大专 / 高职",
        Education.Bachelor => "本科及以上",
        Education.TechnicianCollege => "高级技工学校 / 技师学院",
        Education.PreparatoryTechnician => "技师学院预备技师班",
        _ => education.ToString(),
    };

    public static string En(Education education) => education switch
    {
        Education.None => "No diploma recorded",
        Education.TechnicalSchool => "Technical or vocational school",
        Education.College => "College (vocational)",
        Education.Bachelor => "Bachelor's degree or higher",
        Education.TechnicianCollege => "Senior technical school / technician college",
        Education.PreparatoryTechnician => "Preparatory technician class",
        _ => education.ToString(),
    };
}
