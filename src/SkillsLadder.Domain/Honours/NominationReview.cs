using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Honours;

/// <summary>The review half of <see cref="Nomination"/>: assignment, approvals, rejection and withdrawal.</summary>
public sealed partial class Nomination
{
    /// <summary>Assigns (or re-assigns) the reviewer. Conflicts of interest are checked by the caller, who knows the directory.</summary>
    public void Assign(string reviewerUserId, string reviewerName, Signature by, DateTime at)
    {
        if (Status is not (NominationStatus.Submitted or NominationStatus.InReview))
            throw new DomainException("nomination.assign_state", "只有待审核的推荐可以分派审核人。");
        (ReviewerUserId, ReviewerName, Status) = (reviewerUserId, reviewerName, NominationStatus.InReview);
        Record(NominationAction.Assigned, by, at, reviewerName);
    }

    /// <summary>The assigned reviewer steps aside (a conflict they know of); the nomination goes back to the queue.</summary>
    public void Recuse(Signature by, string reason, DateTime at)
    {
        if (Status != NominationStatus.InReview || by.UserId != ReviewerUserId)
            throw new DomainException("nomination.recuse", "只有被分派的审核人可以回避。");
        (ReviewerUserId, ReviewerName, Status) = (null, null, NominationStatus.Submitted);
        Record(NominationAction.Recused, by, at, Reason(reason));
    }

    /// <summary>
    /// First approval by the assigned reviewer; where the honour needs two, a second by another reviewer. The final
    /// approval starts the public notice in <paramref name="notice"/>.
    /// </summary>
    public void Approve(Signature by, string reason, DateTime at, NoticeWindow notice)
    {
        var text = Reason(reason);
        if (Status == NominationStatus.InReview)
        {
            if (by.UserId != ReviewerUserId)
                throw new DomainException("nomination.not_reviewer", $"该推荐分派给了{ReviewerName}，只有其本人可以审批。");
            FirstApproverUserId = by.UserId;
            Record(NominationAction.Approved, by, at, text);
            if (NeedsSecondApproval) { Status = NominationStatus.AwaitingSecondApproval; return; }
        }
        else if (Status == NominationStatus.AwaitingSecondApproval)
        {
            if (by.UserId == FirstApproverUserId)
                throw new DomainException("nomination.same_approver", "复核须由另一名审核人完成，不能由初审人本人复核。");
            Record(NominationAction.SecondApproved, by, at, text);
        }
        else throw new DomainException("nomination.approve_state", "该推荐当前不在审核中，不能审批。");

        if (notice.EndsOn < notice.StartsOn) throw new DomainException("nomination.notice", "公示截止日早于开始日。");
        (NoticeStartsOn, NoticeEndsOn, Status) = (notice.StartsOn, notice.EndsOn, NominationStatus.OnNotice);
        Record(NominationAction.NoticeStarted, by, at, $"{notice.StartsOn:yyyy-MM-dd} 至 {notice.EndsOn:yyyy-MM-dd}");
    }

    public void Reject(Signature by, string reason, DateTime at)
    {
        var text = Reason(reason);
        var allowed = Status == NominationStatus.InReview && by.UserId == ReviewerUserId
            || Status == NominationStatus.AwaitingSecondApproval && by.UserId != FirstApproverUserId;
        if (!allowed)
            throw new DomainException("nomination.reject_state", Status is NominationStatus.InReview or NominationStatus.AwaitingSecondApproval
                ? "只有被分派的审核人（或复核人）可以驳回。" : "该推荐当前不在审核中，不能驳回。");
        Close(NominationStatus.Rejected, NominationAction.Rejected, by, at, text);
    }

    /// <summary>The nominating side takes the nomination back before the notice starts.</summary>
    public void Withdraw(Signature by, string reason, DateTime at)
    {
        if (Status is not (NominationStatus.Submitted or NominationStatus.InReview or NominationStatus.AwaitingSecondApproval))
            throw new DomainException("nomination.withdraw_state", "公示开始后不能撤回推荐。");
        Close(NominationStatus.Withdrawn, NominationAction.Withdrawn, by, at, Reason(reason));
    }

    private void Close(NominationStatus status, NominationAction action, Signature by, DateTime at, string note)
    {
        (Status, Outcome) = (status, note);
        Record(action, by, at, note);
    }
}
