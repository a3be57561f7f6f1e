using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Domain.Tests.Honours;

public sealed class NominationTests
{
    private static readonly Signature Hr = new("hr-1", "企业人事"), Reviewer = new("rev-1", "王审核"), Second = new("rev-2", "李复核");
    private static readonly DateTime At = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly NoticeWindow Window = new(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 30));
    private const string Objector = "11010519491231002X", OtherObjector = "440524198001010013";

    private static HonourType Honour(bool second)
    {
        var type = new HonourType("市工匠", HonourLevel.City);
        type.Update("市工匠", HonourLevel.City, 5, 2_000_000, true, second, 5, null, true);
        return type;
    }

    private static Nomination OnNotice(bool second = false)
    {
        var nomination = Nomination.ForHonourByEnterprise(7, Honour(second), 3, "连续三年攻克数控加工关键技术难题。", Hr, At);
        nomination.Assign(Reviewer.UserId, Reviewer.Name, new Signature("admin", "管理员"), At);
        nomination.Approve(Reviewer, "事迹属实，符合条件。", At, Window);
        if (second) nomination.Approve(Second, "同意。", At, Window);
        return nomination;
    }

    [Fact]
    public void The_happy_path_with_two_approvals_keeps_every_signed_step()
    {
        var nomination = OnNotice(second: true);
        nomination.Status.ShouldBe(NominationStatus.OnNotice);
        (nomination.NoticeStartsOn, nomination.NoticeEndsOn).ShouldBe((Window.StartsOn, Window.EndsOn));

        nomination.Confer(Reviewer, new DateOnly(2026, 12, 1), At);

        nomination.Status.ShouldBe(NominationStatus.Conferred);
        nomination.ConferredOn.ShouldBe(new DateOnly(2026, 12, 1));
        nomination.Steps.Select(s => (s.Action, s.ByName)).ShouldBe(
        [
            (NominationAction.Nominated, "企业人事"), (NominationAction.Assigned, "管理员"), (NominationAction.Approved, "王审核"),
            (NominationAction.SecondApproved, "李复核"), (NominationAction.NoticeStarted, "李复核"), (NominationAction.Conferred, "王审核"),
        ]);
    }

    [Fact]
    public void One_approval_is_enough_when_the_honour_does_not_ask_for_two() =>
        OnNotice(second: false).Status.ShouldBe(NominationStatus.OnNotice);

    [Fact]
    public void Only_the_assigned_reviewer_approves_and_the_second_approval_needs_someone_else()
    {
        var nomination = Nomination.ForHonourByEnterprise(7, Honour(true), 3, "连续三年攻克数控加工关键技术难题。", Hr, At);
        Should.Throw<DomainException>(() => nomination.Approve(Reviewer, "同意。", At, Window)).Code.ShouldBe("nomination.approve_state");
        nomination.Assign(Reviewer.UserId, Reviewer.Name, Hr, At);
        Should.Throw<DomainException>(() => nomination.Approve(Second, "同意。", At, Window)).Code.ShouldBe("nomination.not_reviewer");
        nomination.Approve(Reviewer, "同意。", At, Window);
        Should.Throw<DomainException>(() => nomination.Approve(Reviewer, "同意。", At, Window)).Code.ShouldBe("nomination.same_approver");
        Should.Throw<DomainException>(() => nomination.Reject(Reviewer, "不同意。", At)).Code.ShouldBe("nomination.reject_state");
        nomination.Status.ShouldBe(NominationStatus.AwaitingSecondApproval);
    }

    [Fact]
    public void Decisions_need_a_written_reason()
    {
        var nomination = Nomination.ForHonourByEnterprise(7, Honour(false), 3, "连续三年攻克数控加工关键技术难题。", Hr, At);
        nomination.Assign(Reviewer.UserId, Reviewer.Name, Hr, At);
        Should.Throw<DomainException>(() => nomination.Reject(Reviewer, " ", At)).Field.ShouldBe("Reason");
        nomination.Reject(Reviewer, "材料不足以证明。", At);
        nomination.Status.ShouldBe(NominationStatus.Rejected);
        nomination.Outcome.ShouldBe("材料不足以证明。");
    }

    [Fact]
    public void Enterprise_nominations_need_evidence_and_an_active_honour()
    {
        Should.Throw<DomainException>(() => Nomination.ForHonourByEnterprise(7, Honour(false), 3, "好", Hr, At)).Field.ShouldBe("Evidence");
        var inactive = Honour(false);
        inactive.Update("市工匠", HonourLevel.City, 5, null, true, false, 5, null, isActive: false);
        Should.Throw<DomainException>(() => Nomination.ForHonourByEnterprise(7, inactive, 3, "连续三年攻克关键技术难题。", Hr, At)).Code.ShouldBe("nomination.honour_inactive");
    }

    [Theory]
    [InlineData("2026-11-23", "objection.early")]
    [InlineData("2026-12-01", "objection.late")]
    public void Objections_outside_the_window_are_refused(string day, string code) =>
        Should.Throw<DomainException>(() => OnNotice().FileObjection("赵六", Objector, "13800000000", "该同志事迹材料与实际情况不符。", DateOnly.Parse(day), At))
            .Code.ShouldBe(code);

    [Theory]
    [InlineData("匿名")]
    [InlineData("匿名群众")]
    [InlineData("Anonymous")]
    [InlineData(" ")]
    [InlineData("王")]
    public void Anonymous_objections_are_refused(string name) =>
        Should.Throw<DomainException>(() => OnNotice().FileObjection(name, Objector, "13800000000", "该同志事迹材料与实际情况不符。", Window.EndsOn, At))
            .Code.ShouldBe("objection.anonymous");

    [Fact]
    public void An_objection_needs_a_valid_id_number_and_one_per_person()
    {
        var nomination = OnNotice();
        Should.Throw<DomainException>(() => nomination.FileObjection("赵六", "110105194912310021", "138", "该同志事迹材料与实际情况不符。", Window.StartsOn, At))
            .Field.ShouldBe("FiledByIdNumber");
        nomination.FileObjection("赵六", Objector.ToLowerInvariant(), "13800000000", "该同志事迹材料与实际情况不符。", Window.EndsOn, At);
        Should.Throw<DomainException>(() => nomination.FileObjection("赵六", Objector, "13800000000", "再次反映：材料与实际情况不符。", Window.EndsOn, At))
            .Code.ShouldBe("objection.duplicate");
        nomination.FileObjection("钱七", OtherObjector, "13900000000", "我也认为材料与实际情况不符。", Window.EndsOn, At);
        nomination.Objections.Count.ShouldBe(2);
    }

    [Fact]
    public void Conferral_waits_for_the_notice_end_and_every_objection_decision()
    {
        var nomination = OnNotice();
        var objection = nomination.FileObjection("赵六", Objector, "13800000000", "该同志事迹材料与实际情况不符。", Window.StartsOn, At);
        Should.Throw<DomainException>(() => nomination.Confer(Reviewer, Window.EndsOn, At)).Code.ShouldBe("nomination.notice_running");
        Should.Throw<DomainException>(() => nomination.Confer(Reviewer, Window.EndsOn.AddDays(1), At)).Code.ShouldBe("nomination.open_objections");

        nomination.ResolveObjection(objection.Id, upheld: false, "经核实，事迹材料属实，异议不成立。", Reviewer, At);
        nomination.Confer(Reviewer, Window.EndsOn.AddDays(1), At);
        nomination.Status.ShouldBe(NominationStatus.Conferred);
        objection.Status.ShouldBe(ObjectionStatus.Dismissed);
        objection.DecidedByName.ShouldBe("王审核");
    }

    [Fact]
    public void An_upheld_objection_rejects_the_nomination_with_the_decision_as_reason()
    {
        var nomination = OnNotice();
        var objection = nomination.FileObjection("赵六", Objector, "13800000000", "该同志事迹材料与实际情况不符。", Window.StartsOn, At);
        nomination.ResolveObjection(objection.Id, upheld: true, "经核实，部分业绩系他人完成。", Reviewer, At);
        nomination.Status.ShouldBe(NominationStatus.Rejected);
        nomination.Outcome.ShouldBe("异议成立：经核实，部分业绩系他人完成。");
        Should.Throw<DomainException>(() => nomination.Confer(Reviewer, Window.EndsOn.AddDays(1), At)).Code.ShouldBe("nomination.confer_state");
    }

    [Fact]
    public void Withdrawal_is_possible_only_before_the_notice()
    {
        Should.Throw<DomainException>(() => OnNotice().Withdraw(Hr, "撤回。", At)).Code.ShouldBe("nomination.withdraw_state");
        var early = Nomination.ForHonourByEnterprise(7, Honour(false), 3, "连续三年攻克数控加工关键技术难题。", Hr, At);
        early.Withdraw(Hr, "材料需补充后再报。", At);
        early.Status.ShouldBe(NominationStatus.Withdrawn);
    }
}
