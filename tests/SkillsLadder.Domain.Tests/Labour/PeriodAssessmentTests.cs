using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;
using static SkillsLadder.Domain.Tests.Labour.LabourSchemes;

namespace SkillsLadder.Domain.Tests.Labour;

public class PeriodAssessmentTests
{
    private static readonly DateTime At = new(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc);

    private static (Campaign Campaign, IndicatorScheme Scheme) Running()
    {
        var campaign = new Campaign("地铁三号线劳动竞赛", CampaignKind.KeyProject, "地铁三号线", "市总工会", new(2026, 3, 1), new(2026, 5, 31), PeriodCadence.Monthly, At);
        campaign.PlanPeriods();
        var scheme = campaign.ReplaceScheme(SixComparisons(), 1, 1, "organizer", At);
        return (campaign, scheme);
    }

    [Fact]
    public void A_refused_value_changes_nothing_and_names_the_range()
    {
        var (_, scheme) = Running();
        var schedule = scheme.Indicators.Single(i => i.Code == "S");
        var notices = scheme.Indicators.SelectMany(i => i.Events).Single(e => e.Code == "Q1");
        var assessment = new PeriodAssessment(1, 1, 1, 1);
        var error = Assert.Throws<DomainException>(() => assessment.Record([new(schedule, M(61))], [new(notices, 2)], "organizer", At));
        Assert.Contains("-60.00–60.00 天", error.Message);
        Assert.Empty(assessment.Values);
        Assert.Empty(assessment.Counts);
        Assert.Throws<DomainException>(() => assessment.Record([], [new(notices, 100)], "organizer", At));
    }

    [Fact]
    public void Values_and_counts_keep_their_history_and_submission_needs_every_measure()
    {
        var (_, scheme) = Running();
        var schedule = scheme.Indicators.Single(i => i.Code == "S");
        var notices = scheme.Indicators.SelectMany(i => i.Events).Single(e => e.Code == "Q1");
        var assessment = new PeriodAssessment(1, 1, 1, 1);
        assessment.Record([], [new(notices, 2)], "organizer", At);
        Assert.Contains("进度", Assert.Throws<DomainException>(() => assessment.Submit(scheme, "organizer", At)).Message);
        assessment.Record([new(schedule, M(3))], [new(notices, 1)], "organizer", At);
        assessment.Submit(scheme, "organizer", At);
        Assert.Throws<DomainException>(() => assessment.Record([new(schedule, M(4))], [], "organizer", At));

        Assert.Equal([(2, 1)], assessment.Changes.Where(c => c.EventId is not null && c.OldValue == 2).Select(c => (c.OldValue!.Value, c.NewValue!.Value)));
        assessment.Lock("organizer", At);
        Assert.Throws<DomainException>(() => assessment.Reopen("organizer", At, "写错了"));
    }

    [Fact]
    public void A_new_scheme_version_cannot_start_in_an_assessed_period()
    {
        var (campaign, _) = Running();
        var error = Assert.Throws<DomainException>(() => campaign.ReplaceScheme(SixComparisons(), 1, 2, "organizer", At));
        Assert.Contains("最早从第 2 期生效", error.Message);
        var second = campaign.ReplaceScheme(SixComparisons(), 2, 2, "organizer", At);
        var periods = campaign.Periods.OrderBy(p => p.Number).ToList();
        Assert.Equal([1, 2, 2], periods.Select(p => campaign.SchemeFor(p)!.Number));
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void Evidence_is_checked_by_extension_size_and_content()
    {
        var pdf = "%PDF-1.7 ..."u8.ToArray();
        Assert.Equal("application/pdf", AssessmentEvidence.CheckedType("整改单.pdf", pdf));
        Assert.Equal("evidence.content", Assert.Throws<DomainException>(() => AssessmentEvidence.CheckedType("photo.jpg", pdf)).Code);
        Assert.Equal("evidence.type", Assert.Throws<DomainException>(() => AssessmentEvidence.CheckedType("run.exe", pdf)).Code);
        Assert.Equal("evidence.too_large", Assert.Throws<DomainException>(() =>
            AssessmentEvidence.CheckedType("big.pdf", [.. pdf, .. new byte[AssessmentEvidence.MaxBytes]])).Code);
        Assert.Equal("evidence.empty", Assert.Throws<DomainException>(() => AssessmentEvidence.CheckedType("e.pdf", [])).Code);
    }

    [Fact]
    public void Starting_needs_two_participants_periods_and_a_scheme()
    {
        var campaign = new Campaign("竞赛", CampaignKind.CentralTask, "任务", "市总工会", new(2026, 3, 1), new(2026, 3, 31), PeriodCadence.Milestone, At);
        var error = Assert.Throws<DomainException>(campaign.Start);
        Assert.Contains("两个参赛", error.Message);
        Assert.Contains("考核期", error.Message);
        Assert.Contains("指标方案", error.Message);
        campaign.AddMilestone("主体结构封顶", new(2026, 3, 20));
        Assert.Equal("campaign.milestone_date", Assert.Throws<DomainException>(() => campaign.AddMilestone("竣工", new(2026, 3, 20))).Code);
    }
}
