using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Honours;

/// <summary>The public-notice half of <see cref="Nomination"/>: objections within the window, their decisions, conferral.</summary>
public sealed partial class Nomination
{
    /// <summary>
    /// Files a written, real-name objection. Refused before or after the window (<paramref name="today"/> is the local
    /// date), when the nomination is not on notice, and when the same person already objected to this nomination.
    /// </summary>
    public Objection FileObjection(string name, string idNumber, string contact, string text, DateOnly today, DateTime at)
    {
        if (Status != NominationStatus.OnNotice)
            throw new DomainException("objection.not_on_notice", "该推荐不在公示期，不受理异议。");
        if (today < NoticeStartsOn)
            throw new DomainException("objection.early", $"公示自 {NoticeStartsOn:yyyy-MM-dd} 开始，届时方可提出异议。");
        if (today > NoticeEndsOn)
            throw new DomainException("objection.late", $"公示期已于 {NoticeEndsOn:yyyy-MM-dd} 结束，逾期异议不予受理。");
        var objection = new Objection(name, idNumber, contact, text, at);
        if (_objections.Any(o => o.FiledByIdNumber == objection.FiledByIdNumber))
            throw new DomainException("objection.duplicate", "您已对该推荐提出过异议，请等待处理结果。");
        _objections.Add(objection);
        _steps.Add(new NominationStep(NominationAction.ObjectionFiled, new Signature("public", objection.FiledByName), at, null));
        return objection;
    }

    /// <summary>An upheld objection rejects the nomination; a dismissed one lets the notice run on.</summary>
    public void ResolveObjection(int objectionId, bool upheld, string decision, Signature by, DateTime at)
    {
        var objection = _objections.SingleOrDefault(o => o.Id == objectionId)
            ?? throw new DomainException("objection.unknown", "该推荐没有这条异议。");
        if (Status != NominationStatus.OnNotice)
            throw new DomainException("objection.closed", "推荐已结束，异议不能再处理。");
        objection.Resolve(upheld, decision, by, at);
        Record(upheld ? NominationAction.ObjectionUpheld : NominationAction.ObjectionDismissed, by, at, objection.Decision);
        if (upheld) Close(NominationStatus.Rejected, NominationAction.Rejected, by, at, $"异议成立：{objection.Decision}");
    }

    /// <summary>Confers after the last notice day, once every objection has a decision.</summary>
    public void Confer(Signature by, DateOnly today, DateTime at)
    {
        if (Status != NominationStatus.OnNotice)
            throw new DomainException("nomination.confer_state", "只有公示中的推荐可以授予。");
        if (today <= NoticeEndsOn)
            throw new DomainException("nomination.notice_running", $"公示期至 {NoticeEndsOn:yyyy-MM-dd} 结束，期满后方可授予。");
        var open = _objections.Count(o => o.Status == ObjectionStatus.Open);
        if (open > 0)
            throw new DomainException("nomination.open_objections", $"还有 {open} 条异议未处理，处理完毕后方可授予。");
        (Status, ConferredOn) = (NominationStatus.Conferred, today);
        Record(NominationAction.Conferred, by, at, null);
    }
}
