using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>The model of the campaign tabs: the header and which tab is open.</summary>
public sealed record CampaignNav(CampaignHeader Header, string Tab);

/// <summary>Chinese names (localisation keys) of labour-competition enums, shared by pages.</summary>
public static class CampaignText
{
    public static string Status(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "筹备中",
        CampaignStatus.Running => "进行中",
        CampaignStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string Kind(CampaignKind kind) => kind switch
    {
        CampaignKind.DevelopmentStrategy => "发展战略",
        CampaignKind.KeyProject => "重点工程",
        CampaignKind.MajorEvent => "重大活动",
        CampaignKind.CentralTask => "中心任务",
        CampaignKind.ServiceWindow => "服务窗口",
        _ => kind.ToString(),
    };

    public static string Cadence(PeriodCadence cadence) => cadence switch
    {
        PeriodCadence.Weekly => "按周",
        PeriodCadence.Monthly => "按月",
        PeriodCadence.Quarterly => "按季度",
        PeriodCadence.Milestone => "按节点",
        _ => cadence.ToString(),
    };

    public static string Category(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Quality => "质量",
        IndicatorCategory.Safety => "安全",
        IndicatorCategory.Schedule => "进度",
        IndicatorCategory.Innovation => "技术创新",
        IndicatorCategory.Management => "管理",
        IndicatorCategory.CivilisedConstruction => "文明施工",
        IndicatorCategory.HarmoniousTeam => "和谐团队",
        IndicatorCategory.Cost => "成本",
        IndicatorCategory.Integrity => "廉洁",
        _ => category.ToString(),
    };

    public static string Unit(UnitKind kind) => kind switch
    {
        UnitKind.Section => "标段",
        UnitKind.Crew => "班组",
        UnitKind.Enterprise => "企业",
        _ => kind.ToString(),
    };

    public static string Assessment(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "草稿",
        AssessmentStatus.Submitted => "已提交",
        AssessmentStatus.Locked => "已锁定",
        _ => status.ToString(),
    };
}
