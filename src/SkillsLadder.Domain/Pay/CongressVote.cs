using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Pay;

/// <summary>
/// The workers' congress (职代会) vote on a draft agreement (集体合同规定 2004, DOMAIN.md §5): at least two thirds of
/// all representatives attend, and more than half of ALL representatives (not of those present) approve. Integer
/// arithmetic, so 2/3 of 31 is compared exactly (21 attend passes, 20 fails).
/// </summary>
public sealed record CongressVote(int Representatives, int Attending, int Approving)
{
    public static CongressVote Count(int representatives, int attending, int approving)
    {
        if (representatives < 1) throw new DomainException("vote.representatives", "职工代表总数应至少为 1。", nameof(Representatives));
        if (attending < 0 || attending > representatives)
            throw new DomainException("vote.attending", "出席人数应在 0 到代表总数之间。", nameof(Attending));
        if (approving < 0 || approving > attending)
            throw new DomainException("vote.approving", "赞成票不能多于出席人数。", nameof(Approving));
        return new CongressVote(representatives, attending, approving);
    }

    public bool Quorate => Attending * 3 >= Representatives * 2;
    public bool Approved => Approving * 2 > Representatives;
    public bool Passed => Quorate && Approved;

    /// <summary>Attendance needed: ceil(2n/3). Approvals needed: floor(n/2) + 1.</summary>
    public int AttendanceNeeded => (Representatives * 2 + 2) / 3;
    public int ApprovalsNeeded => Representatives / 2 + 1;

    public string Explain() => Passed
        ? $"通过：应到 {Representatives} 人，实到 {Attending} 人（需 ≥ {AttendanceNeeded}），赞成 {Approving} 票（需 ≥ {ApprovalsNeeded}）。"
        : $"未通过：应到 {Representatives} 人，实到 {Attending} 人（需 ≥ {AttendanceNeeded}{(Quorate ? "，已达到" : "，未达到")}），"
          + $"赞成 {Approving} 票（需 ≥ {ApprovalsNeeded}{(Approved ? "，已达到" : "，未达到")}）。";
}
