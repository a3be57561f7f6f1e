using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Domain.Tests.Pay;

public sealed class CongressVoteTests
{
    [Theory]
    // 30 representatives: 20 must attend (2/3 exactly), 16 must approve (more than half of ALL 30).
    [InlineData(30, 20, 16, true)]
    [InlineData(30, 19, 19, false)] // one short of the quorum
    [InlineData(30, 20, 15, false)] // exactly half of all is not more than half
    [InlineData(30, 30, 15, false)] // a majority of those present (15/30 ≥ half) is not enough either
    // 31: 2/3 is 20.67, so 21 must attend; 16 must approve.
    [InlineData(31, 21, 16, true)]
    [InlineData(31, 20, 20, false)]
    [InlineData(3, 2, 2, true)]
    [InlineData(1, 1, 1, true)]
    public void Two_thirds_attend_and_more_than_half_of_all_approve(int total, int attending, int approving, bool passed)
    {
        var vote = CongressVote.Count(total, attending, approving);
        vote.Passed.ShouldBe(passed);
    }

    [Fact]
    public void The_counts_needed_are_shown_when_a_vote_fails()
    {
        var vote = CongressVote.Count(31, 20, 20);
        (vote.AttendanceNeeded, vote.ApprovalsNeeded).ShouldBe((21, 16));
        vote.Explain().ShouldBe("未通过：应到 31 人，实到 20 人（需 ≥ 21，未达到），赞成 20 票（需 ≥ 16，已达到）。");
    }

    [Theory]
    [InlineData(0, 0, 0, "Representatives")]
    [InlineData(10, 11, 0, "Attending")]
    [InlineData(10, 5, 6, "Approving")]
    [InlineData(10, -1, 0, "Attending")]
    public void Impossible_counts_are_refused(int total, int attending, int approving, string field) =>
        Should.Throw<DomainException>(() => CongressVote.Count(total, attending, approving)).Field.ShouldBe(field);
}
