using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Domain.Tests.Training;

public sealed class TrainingRulesTests
{
    private static TrainingProgramme Programme(int hours = 40) => new("数控车工高级工培训班", null, null, "市高技能人才公共实训基地", hours,
        "理论考试与实操考核", 30, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 10), 300_000, 200_000, true);

    [Fact]
    public void Completion_needs_a_pass_and_eighty_percent_attendance()
    {
        var programme = Programme(hours: 40); // 32 hours required
        var enough = new TrainingEnrolment(1, 1, EnrolmentChannel.Enterprise, "hr", DateTime.UnixEpoch);
        foreach (var day in new[] { 1, 2, 3, 4 }) enough.RecordAttendance(programme, new DateOnly(2026, 12, day), 80);
        enough.RecordResult(programme, true, Mark.Round(86.5m), new DateOnly(2026, 12, 10), 7);
        (enough.Status, enough.CertificateNumber).ShouldBe((EnrolmentStatus.Completed, "PX2026000000007"));

        var short_ = new TrainingEnrolment(1, 2, EnrolmentChannel.Worker, "worker", DateTime.UnixEpoch);
        foreach (var day in new[] { 1, 2, 3 }) short_.RecordAttendance(programme, new DateOnly(2026, 12, day), 80);
        short_.RecordAttendance(programme, new DateOnly(2026, 12, 4), 75); // 31.5 hours
        short_.RecordResult(programme, true, null, new DateOnly(2026, 12, 10), 8);
        (short_.Status, short_.CertificateNumber).ShouldBe((EnrolmentStatus.Failed, (string?)null));
        short_.FailureReason!.ShouldContain("31.5");
    }

    [Fact]
    public void Attendance_stays_inside_the_dates_the_day_and_the_programme()
    {
        var programme = Programme(hours: 20);
        var enrolment = new TrainingEnrolment(1, 1, EnrolmentChannel.Worker, "worker", DateTime.UnixEpoch);
        Should.Throw<DomainException>(() => enrolment.RecordAttendance(programme, new DateOnly(2026, 11, 30), 40)).Code.ShouldBe("training.attendance_day");
        Should.Throw<DomainException>(() => enrolment.RecordAttendance(programme, new DateOnly(2026, 12, 1), 121)).Code.ShouldBe("training.attendance_hours");
        enrolment.RecordAttendance(programme, new DateOnly(2026, 12, 1), 120);
        enrolment.RecordAttendance(programme, new DateOnly(2026, 12, 1), 80); // a correction replaces the day
        enrolment.AttendedTenths.ShouldBe(80);
        enrolment.RecordAttendance(programme, new DateOnly(2026, 12, 2), 120);
        Should.Throw<DomainException>(() => enrolment.RecordAttendance(programme, new DateOnly(2026, 12, 3), 10)).Code.ShouldBe("training.attendance_total");
    }

    [Fact]
    public void Enrolment_closes_at_the_start_and_when_full()
    {
        var programme = Programme();
        programme.EnsureCanEnrol(29, new DateOnly(2026, 11, 30));
        Should.Throw<DomainException>(() => programme.EnsureCanEnrol(30, new DateOnly(2026, 11, 30))).Code.ShouldBe("training.full");
        Should.Throw<DomainException>(() => programme.EnsureCanEnrol(0, new DateOnly(2026, 12, 1))).Code.ShouldBe("training.started");
        Should.Throw<DomainException>(() => new TrainingProgramme("班", null, null, "基地", 10, "考核", 5, new DateOnly(2026, 1, 1),
            new DateOnly(2026, 1, 2), 100, 200, true)).Code.ShouldBe("training.subsidy");
    }

    [Fact]
    public void A_mentoring_pair_starts_with_three_signatures_and_completes_with_every_milestone_signed_off()
    {
        var pair = new MentoringPair(1, 5, 2, 3, 9, "一年内掌握数控车床编程与加工，达到高级工水平，完成两项技能攻关。",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), [("掌握编程", new DateOnly(2026, 6, 30)), ("通过高级工鉴定", new DateOnly(2026, 12, 1))]);
        pair.SignPlan(MentoringParty.Mentor, new DateOnly(2026, 1, 2));
        pair.SignPlan(MentoringParty.Apprentice, new DateOnly(2026, 1, 2));
        pair.Status.ShouldBe(MentoringStatus.Draft);
        pair.SignPlan(MentoringParty.Enterprise, new DateOnly(2026, 1, 3));
        pair.Status.ShouldBe(MentoringStatus.Active);
        foreach (var party in Enum.GetValues<MentoringParty>()) pair.SignOffMilestone(1, party, new DateOnly(2026, 6, 30));
        Should.Throw<DomainException>(() => pair.Complete(4, new DateOnly(2026, 12, 20))).Message.ShouldContain("通过高级工鉴定");
        foreach (var party in Enum.GetValues<MentoringParty>()) pair.SignOffMilestone(2, party, new DateOnly(2026, 12, 1));
        pair.Complete(4, new DateOnly(2026, 12, 20));
        (pair.Status, pair.LevelsGained).ShouldBe((MentoringStatus.Completed, 1));
        Should.Throw<DomainException>(() => new MentoringPair(1, 3, 2, 3, 9, "计划内容足够长的一段培养计划文字说明。", new DateOnly(2026, 1, 1),
            new DateOnly(2026, 12, 31), [("节点", new DateOnly(2026, 6, 1))])).Code.ShouldBe("mentoring.level");
    }

    [Fact]
    public void Practice_marking_gives_no_partial_credit_and_draws_the_same_questions_for_the_same_worker()
    {
        var single = new PracticeQuestion(QuestionKind.SingleChoice, "车削外圆时，主轴转速应根据什么确定？", ["切削速度和工件直径", "进给量", "背吃刀量"], "a", 1);
        var multiple = new PracticeQuestion(QuestionKind.MultipleChoice, "下列属于切削用量三要素的是：", ["切削速度", "进给量", "背吃刀量", "刀具材料"], "A,B,C", 2);
        var judge = new PracticeQuestion(QuestionKind.TrueFalse, "车床开动时可以测量工件尺寸。", [], "F", 1);
        PracticeMarking.Mark([single, multiple, judge], ["A", "CBA", "f"]).ShouldBe(new PracticeMark(4, 4, 3));
        PracticeMarking.Mark([single, multiple, judge], ["A", "AB", "T"]).ShouldBe(new PracticeMark(1, 4, 1));
        Should.Throw<DomainException>(() => new PracticeQuestion(QuestionKind.SingleChoice, "题", ["甲", "乙"], "C", 1)).Code.ShouldBe("question.answer");

        var bank = Enumerable.Range(100, 50).ToList();
        var first = PracticeMarking.Draw(bank, 10, 2026, 7);
        first.ShouldBe(PracticeMarking.Draw(bank.AsEnumerable().Reverse().ToList(), 10, 2026, 7));
        first.Distinct().Count().ShouldBe(10);
        first.ShouldNotBe(PracticeMarking.Draw(bank, 10, 2026, 8));
    }

    [Fact]
    public void The_title_table_applies_the_highest_row_at_or_below_a_level()
    {
        var table = TitleEquivalence.Defaults();
        TitleEquivalence.For(3, table).ShouldBeNull();
        TitleEquivalence.For(4, table)!.Title.ShouldBe("助理工程师");
        TitleEquivalence.For(6, table)!.Grade.ShouldBe(TitleGrade.Senior);
        TitleEquivalence.For(8, table)!.Title.ShouldBe("高级工程师");
    }
}
