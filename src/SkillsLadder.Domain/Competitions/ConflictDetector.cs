namespace SkillsLadder.Domain.Competitions;

/// <summary>A person as conflict detection sees them.</summary>
public sealed record PersonForConflicts(string FullName, int? EnterpriseId);

/// <summary>Finds the conflicts the directory reveals between a judge and an entrant's members (PEERS.md: "COI from HR data").</summary>
public static class ConflictDetector
{
    // Two-character family names are common enough that a first-character match on them would flag strangers
    // (欧阳 vs 欧) and miss kin; the list is the usual set of compound surnames.
    private static readonly HashSet<string> CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "慕容", "尉迟", "长孙", "宇文", "司徒", "夏侯",
        "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "闻人", "澹台", "公冶", "太史", "申屠", "钟离",
    ];

    public static string FamilyName(string fullName)
    {
        var name = fullName.Trim();
        if (name.Length >= 3 && CompoundSurnames.Contains(name[..2])) return name[..2];
        return name.Length == 0 ? "" : name[..1];
    }

    public static IReadOnlyList<ConflictKind> Detect(PersonForConflicts judge, IEnumerable<PersonForConflicts> members)
    {
        var kinds = new List<ConflictKind>();
        var list = members.ToList();
        if (judge.EnterpriseId is { } enterprise && list.Any(m => m.EnterpriseId == enterprise))
            kinds.Add(ConflictKind.SameEnterprise);
        var family = FamilyName(judge.FullName);
        if (family.Length > 0 && list.Any(m => FamilyName(m.FullName) == family))
            kinds.Add(ConflictKind.FamilyName);
        return kinds;
    }
}
