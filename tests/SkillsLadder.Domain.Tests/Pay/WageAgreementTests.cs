using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Domain.Tests.Pay;

public sealed class WageAgreementTests
{
    private static readonly DateOnly Offered = new(2026, 3, 2);
    private static PayGrid Grid() => new([new PayCell(1, 3, 280_000, 20_000)], 0, 0);

    private static WageAgreement Offer() => new("2026年度能级工资专项集体合同", AgreementScope.Enterprise, 5, null, null, "湖州市区",
        BargainingSide.Union, "依法提出开展能级工资集体协商的书面要约。", Offered, 12, PayEffectiveRule.NextPayMonth, new BargainingDeadlines());

    private static WageAgreement Negotiating(int perSide = 3)
    {
        var agreement = Offer();
        foreach (var side in new[] { BargainingSide.Union, BargainingSide.Employer })
            for (var i = 0; i < perSide; i++) agreement.AddRepresentative(side, $"{side}代表{i}", null, isChief: i == 0);
        agreement.Reply(Offered.AddDays(10));
        return agreement;
    }

    [Fact]
    public void Reply_is_due_twenty_days_after_the_offer_and_is_flagged_once_overdue()
    {
        var agreement = Offer();
        agreement.Reminders(new DateOnly(2026, 3, 22)).ShouldBe([new Reminder(ReminderKind.ReplyDue, new DateOnly(2026, 3, 22), false)]);
        agreement.Reminders(new DateOnly(2026, 3, 23)).Single().Overdue.ShouldBeTrue();
    }

    [Theory]
    [InlineData(2, 2, "每方代表应为 3–10 人（职工方 2 人，企业方 2 人）。")]
    [InlineData(3, 4, "双方代表人数应相等（职工方 3 人，企业方 4 人）。")]
    public void Talks_need_three_to_ten_a_side_in_equal_numbers(int union, int employer, string problem)
    {
        var agreement = Offer();
        for (var i = 0; i < union; i++) agreement.AddRepresentative(BargainingSide.Union, $"工{i}", null, i == 0);
        for (var i = 0; i < employer; i++) agreement.AddRepresentative(BargainingSide.Employer, $"企{i}", null, i == 0);
        agreement.PartiesProblem().ShouldBe(problem);
        agreement.Reply(Offered);
        Should.Throw<DomainException>(() => agreement.HoldRound(Offered, "第一轮协商纪要。", [])).Message.ShouldBe(problem);
    }

    [Fact]
    public void Eleven_a_side_and_two_chiefs_are_refused()
    {
        var agreement = Negotiating(perSide: 10);
        Should.Throw<DomainException>(() => agreement.AddRepresentative(BargainingSide.Union, "第十一人", null, false)).Code.ShouldBe("agreement.too_many");
        var other = Offer();
        other.AddRepresentative(BargainingSide.Union, "甲", null, true);
        Should.Throw<DomainException>(() => other.AddRepresentative(BargainingSide.Union, "乙", null, true)).Code.ShouldBe("agreement.two_chiefs");
    }

    [Fact]
    public void From_offer_to_effect_with_a_failed_vote_kept_on_record()
    {
        var agreement = Negotiating();
        agreement.HoldRound(new DateOnly(2026, 3, 20), "第一轮：职工方提出方案一。", [(BargainingSide.Union, Grid(), "方案一")]);
        agreement.HoldRound(new DateOnly(2026, 3, 27), "第二轮：企业方提出方案二。", [(BargainingSide.Employer, Grid(), "方案二")]);
        Should.Throw<DomainException>(() => agreement.AgreeDraft(Grid(), gridProblems: 2)).Code.ShouldBe("agreement.grid_problems");
        agreement.AgreeDraft(Grid(), 0);

        agreement.RecordVote(CongressVote.Count(30, 19, 19), new DateOnly(2026, 4, 3)).Passed.ShouldBeFalse();
        agreement.Status.ShouldBe(AgreementStatus.Draft);
        agreement.RecordVote(CongressVote.Count(30, 25, 20), new DateOnly(2026, 4, 10)).Passed.ShouldBeTrue();
        agreement.Votes.Select(v => v.Passed).ShouldBe([false, true]);

        agreement.Sign(new DateOnly(2026, 4, 12));
        agreement.Reminders(new DateOnly(2026, 4, 23)).Single().ShouldBe(new Reminder(ReminderKind.FilingDue, new DateOnly(2026, 4, 22), true));
        agreement.File(new DateOnly(2026, 4, 20));
        Should.Throw<DomainException>(() => agreement.TakeEffect(new DateOnly(2026, 5, 5), null)).Code.ShouldBe("agreement.review_running");
        agreement.TakeEffect(new DateOnly(2026, 5, 6), null); // 15 days from 20 April end on 5 May: silence is approval

        (agreement.Status, agreement.EffectiveFrom, agreement.ExpiresOn).ShouldBe((AgreementStatus.Effective, new DateOnly(2026, 5, 6), new DateOnly(2027, 5, 5)));
        agreement.RenewalOpensOn.ShouldBe(new DateOnly(2027, 3, 6));
        agreement.IsExpiring(new DateOnly(2027, 3, 5)).ShouldBeFalse();
        agreement.IsExpiring(new DateOnly(2027, 3, 6)).ShouldBeTrue();
        agreement.IsInForceOn(new DateOnly(2027, 5, 5)).ShouldBeTrue();
        agreement.Expire(new DateOnly(2027, 5, 5)).ShouldBeFalse();
        agreement.Expire(new DateOnly(2027, 5, 6)).ShouldBeTrue();
        agreement.IsInForceOn(new DateOnly(2027, 5, 6)).ShouldBeFalse();
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        var agreement = Negotiating();
        Should.Throw<DomainException>(() => agreement.AgreeDraft(Grid(), 0)).Code.ShouldBe("agreement.draft_state");
        Should.Throw<DomainException>(() => agreement.Sign(Offered)).Code.ShouldBe("agreement.sign_state");
        Should.Throw<DomainException>(() => agreement.RecordVote(CongressVote.Count(3, 3, 3), Offered)).Code.ShouldBe("agreement.vote_state");
        Should.Throw<DomainException>(() => agreement.Reply(Offered)).Code.ShouldBe("agreement.reply_state");
    }

    [Fact]
    public void Scope_and_term_are_checked() =>
        Should.Throw<DomainException>(() => new WageAgreement("行业协议", AgreementScope.IndustryInDistrict, null, 3, null, "湖州市区",
            BargainingSide.Union, "依法提出开展行业工资集体协商的书面要约。", Offered, 12, PayEffectiveRule.NextPayMonth, new BargainingDeadlines())).Code.ShouldBe("agreement.scope");
}
