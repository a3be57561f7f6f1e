using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>A level's names by rank, so requirement texts can name the level they count years at.</summary>
public sealed record LevelNames(IReadOnlyDictionary<int, (string Zh, string En)> ByRank)
{
    public (string Zh, string En) Of(int rank) => ByRank.TryGetValue(rank, out var names) ? names : ($"第 {rank} 级", $"level {rank}");
}

/// <summary>
/// Each requirement as a sentence in Chinese and English: the target, then the worker's value
/// ("高级工满 5 年：已满 4.2 年" / "5 years at Senior worker: 4.2 so far"). Years arrive in tenths.
/// </summary>
public static class LadderText
{
    public static (string Zh, string En) Requirement(Requirement r, LevelRoute? route, LevelNames levels) => r.Kind switch
    {
        RequirementKind.YearsAtPreviousLevel => AtPreviousLevel(r, levels.Of(int.Parse(r.Subject!))),
        RequirementKind.YearsInOccupation => ($"从事本职业满 {Years(r.Target)} 年：已满 {Years(r.Current)} 年",
            $"{Years(r.Target)} years in the occupation: {Years(r.Current)} so far"),
        RequirementKind.Education => ($"学历达到“{EducationNames.Zh((Education)r.Target)}”：现为“{EducationNames.Zh((Education)r.Current)}”",
            $"Education of at least {EducationNames.En((Education)r.Target)}: now {EducationNames.En((Education)r.Current)}"),
        RequirementKind.CompetitionPlacing => Placing(r, route),
        RequirementKind.HoldsLevel => ($"取得{levels.Of(r.Target).Zh}或以上等级：现为{(r.Current == 0 ? "无等级" : levels.Of(r.Current).Zh)}",
            $"Hold {levels.Of(r.Target).En} or above: now {(r.Current == 0 ? "no level" : levels.Of(r.Current).En)}"),
        RequirementKind.CraftsmanHonour => ($"需要 {r.Target} 项工匠类荣誉：现有 {r.Current} 项",
            $"Needs {r.Target} craftsman-class honour{(r.Target == 1 ? "" : "s")}: {r.Current} so far"),
        RequirementKind.InnovationsAccepted => ($"近 {r.Subject} 年有 {r.Target} 项创新成果被采纳：已有 {r.Current} 项",
            $"{r.Target} accepted innovation{(r.Target == 1 ? "" : "s")} within {r.Subject} years: {r.Current} so far"),
        RequirementKind.TrainingHours => ($"近 {r.Subject} 年完成经认定的培训 {r.Target} 学时：已有 {r.Current} 学时",
            $"{r.Target} hours of approved training within {r.Subject} years: {r.Current} so far"),
        RequirementKind.ApprenticesMentored => ($"近 {r.Subject} 年带徒 {r.Target} 人且徒弟晋升至少一级：已有 {r.Current} 人",
            $"{r.Target} apprentice{(r.Target == 1 ? "" : "s")} raised at least one level within {r.Subject} years: {r.Current} so far"),
        RequirementKind.ApprenticeshipCompleted => r.IsMet ? ("以徒弟身份完成师带徒培养：已完成", "Completed an apprenticeship: done")
            : ("以徒弟身份完成师带徒培养：尚未完成", "Completed an apprenticeship: not yet"),
        RequirementKind.StudioRole => Studio(r),
        _ => (r.Kind.ToString(), r.Kind.ToString()),
    };

    private static (string, string) Studio(Requirement r)
    {
        var (targetZh, targetEn) = r.Target == (int)StudioRequirement.Lead ? ("领办", "Lead") : ("加入", "Belong to");
        var (nowZh, nowEn) = r.Current switch { 2 => ("现为领办人", "now leads one"), 1 => ("现为成员", "now a member"), _ => ("暂无", "none yet") };
        var name = r.Subject is { } studio ? $"（{studio}）" : "";
        return ($"{targetZh}创新工作室：{nowZh}{name}", $"{targetEn} an innovation studio: {nowEn}{(r.Subject is { } s ? $" ({s})" : "")}");
    }

    private static (string, string) AtPreviousLevel(Requirement r, (string Zh, string En) level) =>
        r is { Current: 0, MetOn: null }
            ? ($"{level.Zh}满 {Years(r.Target)} 年：尚未取得{level.Zh}", $"{Years(r.Target)} years at {level.En}: not yet held")
            : ($"{level.Zh}满 {Years(r.Target)} 年：已满 {Years(r.Current)} 年", $"{Years(r.Target)} years at {level.En}: {Years(r.Current)} so far");

    private static (string, string) Placing(Requirement r, LevelRoute? route)
    {
        var level = route?.CompetitionMinimumLevel ?? CompetitionLevel.City;
        var within = route?.CompetitionWithinYears ?? 0;
        return ($"近 {within} 年{CompetitionLevelZh(level)}及以上竞赛前 {r.Target} 名：{(r.Current == 0 ? "暂无名次" : $"最好第 {r.Current} 名")}",
            $"Top {r.Target} in a {CompetitionLevelEn(level)} or higher competition within {within} years: {(r.Current == 0 ? "no place yet" : $"best place {r.Current}")}");
    }

    /// <summary>Tenths of a year as "4.2" (a whole number prints without ".0").</summary>
    public static string Years(int tenths) => tenths % 10 == 0 ? (tenths / 10).ToString() : $"{tenths / 10}.{tenths % 10}";

    public static string CompetitionLevelZh(CompetitionLevel level) => level switch
    {
        CompetitionLevel.Enterprise => "企业级", CompetitionLevel.County => "县（区）级", CompetitionLevel.City => "市级",
        CompetitionLevel.Province => "省级", CompetitionLevel.National => "国家级", _ => level.ToString(),
    };

    public static string CompetitionLevelEn(CompetitionLevel level) => level switch
    {
        CompetitionLevel.Enterprise => "enterprise", CompetitionLevel.County => "county", CompetitionLevel.City => "city",
        CompetitionLevel.Province => "provincial", CompetitionLevel.National => "national", _ => level.ToString(),
    };
}

public static class RouteText
{
    /// <summary>A route's conditions joined by "且" / "and", as the policy page lists them.</summary>
    public static (string Zh, string En) Describe(LevelRouteLine r, LevelNames levels)
    {
        var zh = new List<string>();
        var en = new List<string>();
        if (r.YearsAtPreviousLevel is { } atLevel)
        {
            var previous = levels.Of(r.TargetLevelRank - 1);
            zh.Add($"{previous.Zh}满 {atLevel} 年");
            en.Add($"{atLevel} years at {previous.En}");
        }
        if (r.YearsInOccupation is { } inOccupation)
        {
            zh.Add($"从事本职业满 {inOccupation} 年");
            en.Add($"{inOccupation} years in the occupation");
        }
        if (r.MinimumEducation is { } education)
        {
            zh.Add($"学历达到“{EducationNames.Zh(education)}”");
            en.Add($"education of at least {EducationNames.En(education)}");
        }
        if (r.CompetitionTopN is { } topN && r.CompetitionMinimumLevel is { } level)
        {
            zh.Add($"近 {r.CompetitionWithinYears} 年{LadderText.CompetitionLevelZh(level)}及以上竞赛前 {topN} 名（破格）");
            en.Add($"top {topN} in a {LadderText.CompetitionLevelEn(level)} or higher competition within {r.CompetitionWithinYears} years (exemption)");
        }
        if (r.InnovationsAccepted is { } innovations)
        {
            zh.Add($"近 {r.InnovationsWithinYears} 年有 {innovations} 项创新成果（五小、合理化建议）被采纳");
            en.Add($"{innovations} accepted innovation{(innovations == 1 ? "" : "s")} (five-smalls, rationalisation proposals) within {r.InnovationsWithinYears} years");
        }
        if (r.TrainingHours is { } hours)
        {
            zh.Add($"近 {r.TrainingWithinYears} 年完成经认定的培训 {hours} 学时");
            en.Add($"{hours} hours of approved training within {r.TrainingWithinYears} years");
        }
        if (r.ApprenticesMentored is { } apprentices)
        {
            zh.Add($"近 {r.MentoringWithinYears} 年带徒 {apprentices} 人晋升至少一级");
            en.Add($"{apprentices} apprentice{(apprentices == 1 ? "" : "s")} raised at least one level within {r.MentoringWithinYears} years");
        }
        if (r.ApprenticeshipCompleted)
        {
            zh.Add("以徒弟身份完成师带徒培养");
            en.Add("a completed apprenticeship");
        }
        if (r.StudioRole is { } role)
        {
            zh.Add(role == StudioRequirement.Lead ? "领办创新工作室" : "加入创新工作室");
            en.Add(role == StudioRequirement.Lead ? "leads an innovation studio" : "belongs to an innovation studio");
        }
        return (string.Join("，且", zh), string.Join(", and ", en));
    }
}
