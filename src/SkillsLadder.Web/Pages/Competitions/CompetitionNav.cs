using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Web.Pages.Competitions;

/// <summary>The model of the competition tabs: the header and which tab is open.</summary>
public sealed record CompetitionNav(CompetitionHeader Header, string Tab);

/// <summary>Chinese names (localisation keys) of competition enums, shared by pages.</summary>
public static class CompetitionText
{
    public static string Status(CompetitionStatus status) => status switch
    {
        CompetitionStatus.Draft => "草稿",
        CompetitionStatus.Registration => "报名中",
        CompetitionStatus.Marking => "评分中",
        CompetitionStatus.Locked => "已锁定",
        CompetitionStatus.Ranked => "已排名",
        CompetitionStatus.Published => "已发布",
        CompetitionStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string Level(CompetitionLevel level) => level switch
    {
        CompetitionLevel.Enterprise => "企业级",
        CompetitionLevel.County => "县（区）级",
        CompetitionLevel.City => "市级",
        CompetitionLevel.Province => "省级",
        CompetitionLevel.National => "国家级",
        _ => level.ToString(),
    };

    public static string Sheet(SheetStatus status) => status switch
    {
        SheetStatus.Draft => "草稿",
        SheetStatus.Submitted => "已提交",
        SheetStatus.Verified => "已复核",
        SheetStatus.Locked => "已锁定",
        _ => status.ToString(),
    };
}
