using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Web.Pages.Campaigns.Assessments;

/// <summary>Chinese names (localisation keys) of the steps an assessment's history records.</summary>
public static class AssessmentText
{
    public static string Action(AssessmentAction action) => action switch
    {
        AssessmentAction.ValueEntered => "录入考核量",
        AssessmentAction.EventsCounted => "录入次数",
        AssessmentAction.Submitted => "提交",
        AssessmentAction.Reopened => "退回草稿",
        AssessmentAction.Locked => "锁定",
        AssessmentAction.Unlocked => "解锁",
        AssessmentAction.EvidenceAdded => "上传佐证材料",
        AssessmentAction.EvidenceRemoved => "删除佐证材料",
        _ => action.ToString(),
    };
}
