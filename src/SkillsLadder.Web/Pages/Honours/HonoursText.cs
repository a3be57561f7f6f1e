using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Web.Pages.Honours;

/// <summary>Chinese names of the honour enums (the language table gives the English), shared by the honours and notice pages.</summary>
public static class HonoursText
{
    public static string Level(HonourLevel level) => level switch
    {
        HonourLevel.Enterprise => "企业级",
        HonourLevel.City => "市级",
        HonourLevel.Province => "省级",
        _ => "国家级",
    };

    public static string Source(NominationSource source) => source switch
    {
        NominationSource.CompetitionResult => "竞赛成绩",
        NominationSource.LabourCampaign => "劳动竞赛",
        _ => "企业推荐",
    };

    public static string Status(NominationStatus status) => status switch
    {
        NominationStatus.Submitted => "待分派",
        NominationStatus.InReview => "审核中",
        NominationStatus.AwaitingSecondApproval => "待复核",
        NominationStatus.OnNotice => "公示中",
        NominationStatus.Conferred => "已授予",
        NominationStatus.Rejected => "未通过",
        _ => "已撤回",
    };

    public static string Action(NominationAction action) => action switch
    {
        NominationAction.Nominated => "推荐",
        NominationAction.Assigned => "分派审核人",
        NominationAction.Recused => "回避",
        NominationAction.Approved => "初审通过",
        NominationAction.SecondApproved => "复核通过",
        NominationAction.NoticeStarted => "开始公示",
        NominationAction.ObjectionFiled => "收到异议",
        NominationAction.ObjectionUpheld => "异议成立",
        NominationAction.ObjectionDismissed => "异议不成立",
        NominationAction.Conferred => "授予",
        NominationAction.Rejected => "驳回",
        _ => "撤回",
    };

    public static string Objection(ObjectionStatus status) => status switch
    {
        ObjectionStatus.Open => "待处理",
        ObjectionStatus.Upheld => "成立",
        _ => "不成立",
    };
}
