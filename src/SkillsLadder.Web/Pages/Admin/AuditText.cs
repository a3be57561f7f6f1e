using System.Globalization;
using System.Text.Json;

namespace SkillsLadder.Web.Pages.Admin;

/// <summary>
/// The audit log's words for people: entity types, actions and field names in Chinese (the localizer gives English),
/// and a logged change split into one line per field with its value before and after.
/// Fields without a label here show their code name.
/// </summary>
public static class AuditText
{
    public sealed record FieldChange(string Field, string? Before, string? After);

    public static readonly IReadOnlyDictionary<string, string> Entities = new Dictionary<string, string>
    {
        ["Industry"] = "行业",
        ["Occupation"] = "职业（工种）",
        ["Enterprise"] = "企业",
        ["Worker"] = "职工",
        ["SkillLevel"] = "技能等级",
        ["SkillCertificate"] = "技能证书",
        ["WorkerLevelChange"] = "职工等级变动",
        ["WorkerHonour"] = "职工荣誉",
        ["Competition"] = "技能竞赛",
        ["MarkingComponent"] = "评分模块",
        ["MarkingCriterion"] = "评分标准",
        ["MarkingAspect"] = "评分要点",
        ["Entrant"] = "参赛选手",
        ["EntrantMember"] = "参赛队员",
        ["CompetitionJudge"] = "竞赛裁判",
        ["JudgePanel"] = "裁判组",
        ["PanelMember"] = "裁判组成员",
        ["PanelCriterion"] = "裁判组评分标准",
        ["ConflictOfInterest"] = "回避关系",
        ["HonourType"] = "荣誉类型",
        ["CalendarDay"] = "工作日历",
        ["Nomination"] = "荣誉推荐",
        ["NominationStep"] = "推荐审核步骤",
        ["Objection"] = "异议",
        ["LadderPolicy"] = "职业发展阶梯政策",
        ["LevelRoute"] = "晋级路径",
        ["WorkerTierChange"] = "职工梯级变动",
        ["WorkerMessage"] = "职工消息",
        ["PostClass"] = "岗位类别",
        ["MinimumWage"] = "最低工资标准",
        ["PayGrid"] = "薪酬等级表",
        ["PayGradeChange"] = "薪级变动",
        ["WageAgreement"] = "工资集体协议",
        ["AgreementRepresentative"] = "协商代表",
        ["BargainingRound"] = "协商轮次",
        ["AgreementVote"] = "协议表决",
        ["Campaign"] = "劳动竞赛",
        ["CampaignParticipant"] = "劳动竞赛参赛单位",
        ["CampaignPeriod"] = "劳动竞赛考核期",
        ["IndicatorScheme"] = "考核指标方案",
        ["Indicator"] = "考核指标",
        ["IndicatorEvent"] = "指标事件",
        ["PeriodAssessment"] = "考核期评定",
        ["AssessmentEvidence"] = "评定佐证材料",
        ["InnovationEntry"] = "合理化建议与创新成果",
        ["TrainingProgramme"] = "培训项目",
        ["TrainingEnrolment"] = "培训报名",
        ["MentoringPair"] = "师带徒结对",
        ["InnovationStudio"] = "创新工作室",
        ["StudioMember"] = "工作室成员",
        ["QuestionBank"] = "题库",
        ["PracticeQuestion"] = "练习题",
        ["PracticeRound"] = "练习轮次",
        ["PracticeAttempt"] = "练习作答",
        ["TitleEquivalence"] = "职称贯通",
        ["AppUser"] = "账户",
        ["Account"] = "账户登录",
        ["Job"] = "后台任务",
        ["IdentityRole<int>"] = "角色",
        ["IdentityUserRole<int>"] = "账户角色",
        ["IdentityUserClaim<int>"] = "账户声明",
        ["IdentityRoleClaim<int>"] = "角色声明",
    };

    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["Created"] = "新建",
        ["Updated"] = "修改",
        ["Deleted"] = "删除",
        ["SignedIn"] = "登录",
        ["SignInFailed"] = "登录失败",
        ["LockedOut"] = "账户锁定",
        ["SignedOut"] = "退出登录",
        ["PasswordChanged"] = "修改密码",
        ["PasswordReset"] = "管理员重置密码",
        ["JobRun"] = "立即运行任务",
        ["JobPause"] = "暂停任务",
        ["JobResume"] = "恢复任务",
        ["JobRetried"] = "重试失败任务",
    };

    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["Id"] = "编号",
        ["Version"] = "版本",
        ["Status"] = "状态",
        ["Name"] = "名称",
        ["WorkerId"] = "职工",
        ["CompetitionId"] = "竞赛",
        ["Kind"] = "类别",
        ["Number"] = "编号",
        ["EnterpriseId"] = "企业",
        ["Code"] = "代码",
        ["Title"] = "标题",
        ["CampaignId"] = "劳动竞赛",
        ["CreatedAt"] = "创建时间",
        ["Reason"] = "原因",
        ["Position"] = "顺序",
        ["OccupationId"] = "职业（工种）",
        ["Note"] = "备注",
        ["StartsOn"] = "开始日期",
        ["EntrantId"] = "参赛选手",
        ["EndsOn"] = "结束日期",
        ["SubmittedAt"] = "提交时间",
        ["Rank"] = "名次",
        ["ParticipantId"] = "参赛单位",
        ["IndustryId"] = "行业",
        ["EffectiveFrom"] = "生效日期",
        ["At"] = "时间",
        ["StudioId"] = "工作室",
        ["RoundId"] = "轮次",
        ["PanelId"] = "裁判组",
        ["NominationId"] = "荣誉推荐",
        ["JudgeId"] = "裁判",
        ["Grade"] = "等级",
        ["Description"] = "说明",
        ["CreatedBy"] = "创建人",
        ["By"] = "操作人",
        ["WithdrawalReason"] = "退出原因",
        ["Tier"] = "梯级",
        ["Text"] = "内容",
        ["SubmittedBy"] = "提交人",
        ["Source"] = "来源",
        ["SkillLevelId"] = "技能等级",
        ["Score"] = "分数",
        ["ReviewedBy"] = "审核人",
        ["Passed"] = "通过",
        ["NameZh"] = "中文名称",
        ["NameEn"] = "英文名称",
        ["MonthlyFen"] = "月工资（分）",
        ["Level"] = "等级",
        ["IsChief"] = "裁判长",
        ["IsActive"] = "启用",
        ["HonourTypeId"] = "荣誉类型",
        ["HeldOn"] = "举办日期",
        ["FullName"] = "姓名",
        ["ExpiresOn"] = "有效期至",
        ["District"] = "所在区县",
        ["ConferredOn"] = "授予日期",
        ["CompletedOn"] = "完成日期",
        ["Bib"] = "参赛号",
        ["Year"] = "年度",
        ["WithdrawnBy"] = "退出操作人",
        ["WithdrawnAt"] = "退出时间",
        ["Venue"] = "地点",
        ["UserId"] = "账户",
        ["UpdatedAt"] = "修改时间",
        ["TeamName"] = "队名",
        ["Theme"] = "主题",
        ["StartedOn"] = "开始日期",
        ["Sex"] = "性别",
        ["RegisteredBy"] = "登记人",
        ["RegisteredAt"] = "登记时间",
        ["RecordedBy"] = "记录人",
        ["RecordedAt"] = "记录时间",
        ["ProgrammeId"] = "培训项目",
        ["PublishedBy"] = "发布人",
        ["PublishedAt"] = "发布时间",
        ["Outcome"] = "结果",
        ["NationalIdNumber"] = "身份证号",
        ["MentorWorkerId"] = "师傅",
        ["ApprenticeWorkerId"] = "徒弟",
        ["LeaderWorkerId"] = "负责人",
        ["JoinedOn"] = "加入日期",
        ["LeftOn"] = "离开日期",
        ["IsWorkingDay"] = "工作日",
        ["IsUnionMember"] = "工会会员",
        ["HireDate"] = "入职日期",
        ["FoundedOn"] = "成立日期",
        ["EnrolledBy"] = "报名操作人",
        ["EnrolledAt"] = "报名时间",
        ["Education"] = "学历",
        ["DisplayName"] = "显示名称",
        ["Decision"] = "决定",
        ["DecidedAt"] = "决定时间",
        ["Day"] = "日期",
        ["Date"] = "日期",
        ["CurrentSkillLevelId"] = "现技能等级",
        ["CreditCode"] = "统一社会信用代码",
        ["Capacity"] = "名额",
        ["CertificateNumber"] = "证书编号",
        ["Category"] = "类别",
        ["BirthDate"] = "出生日期",
        ["Address"] = "地址",
        ["Answer"] = "答案",
        ["UserName"] = "用户名",
        ["Email"] = "电子邮箱",
        ["PhoneNumber"] = "电话",
        ["LockoutEnd"] = "锁定至",
        ["AccessFailedCount"] = "登录失败次数",
        ["LockoutEnabled"] = "允许锁定",
        ["RoleId"] = "角色",
        ["ClaimType"] = "声明类型",
        ["ClaimValue"] = "声明值",
        ["MustChangePassword"] = "须修改密码",
        ["Group"] = "任务组",
        ["JobId"] = "任务编号",
        ["IssuedOn"] = "发证日期",
        ["Issuer"] = "发证机构",
        ["Hours"] = "学时",
        ["Points"] = "积分",
        ["Prize"] = "奖项",
        ["Medal"] = "奖牌",
        ["Contact"] = "联系人",
        ["Project"] = "项目",
        ["Plan"] = "计划",
        ["FileName"] = "文件名",
        ["Target"] = "目标",
        ["Count"] = "数量",
        ["Total"] = "合计",
    };

    public static string Label(IReadOnlyDictionary<string, string> labels, string code) => labels.TryGetValue(code, out var label) ? label : code;

    /// <summary>Every field named before or after, in the order logged; a value absent on one side is null there.</summary>
    public static IReadOnlyList<FieldChange> Changes(string? before, string? after)
    {
        var old = Parse(before);
        var @new = Parse(after);
        return old.Keys.Concat(@new.Keys).Distinct()
            .Select(field => new FieldChange(field, old.GetValueOrDefault(field), @new.GetValueOrDefault(field)))
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new() { [""] = json };
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value));
        }
        catch (JsonException)
        {
            return new() { [""] = json }; // an entry written by hand long ago: shown whole
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        _ => value.GetRawText(),
    };
}
