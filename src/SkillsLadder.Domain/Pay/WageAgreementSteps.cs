using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Pay;

/// <summary>The transitions of <see cref="WageAgreement"/>, each refused outside its state with a message that says why.</summary>
public sealed partial class WageAgreement
{
    public void AddRepresentative(BargainingSide side, string name, string? post, bool isChief)
    {
        if (Status >= AgreementStatus.Approved) throw new DomainException("agreement.parties_fixed", "职代会通过后不能再更换协商代表。");
        if (_representatives.Count(r => r.Side == side) >= MaxRepresentatives)
            throw new DomainException("agreement.too_many", $"每方代表最多 {MaxRepresentatives} 人。", "Name");
        if (isChief && _representatives.Any(r => r.Side == side && r.IsChief))
            throw new DomainException("agreement.two_chiefs", "每方只能有一名首席代表。", "IsChief");
        if (_representatives.Any(r => r.Side == side && r.Name == name.Trim()))
            throw new DomainException("agreement.duplicate_rep", $"“{name.Trim()}”已是该方代表。", "Name");
        _representatives.Add(new AgreementRepresentative(side, name, post, isChief));
    }

    public void RemoveRepresentative(int representativeId)
    {
        if (Status >= AgreementStatus.Approved) throw new DomainException("agreement.parties_fixed", "职代会通过后不能再更换协商代表。");
        _representatives.Remove(_representatives.SingleOrDefault(r => r.Id == representativeId)
            ?? throw new DomainException("agreement.unknown_rep", "没有这名代表。"));
    }

    /// <summary>Why the parties cannot yet negotiate, or null: 3–10 a side, equal numbers, one chief each.</summary>
    public string? PartiesProblem()
    {
        int union = _representatives.Count(r => r.Side == BargainingSide.Union), employer = _representatives.Count(r => r.Side == BargainingSide.Employer);
        if (union < MinRepresentatives || employer < MinRepresentatives)
            return $"每方代表应为 {MinRepresentatives}–{MaxRepresentatives} 人（职工方 {union} 人，企业方 {employer} 人）。";
        if (union != employer) return $"双方代表人数应相等（职工方 {union} 人，企业方 {employer} 人）。";
        if (new[] { BargainingSide.Union, BargainingSide.Employer }.Any(s => !_representatives.Any(r => r.Side == s && r.IsChief)))
            return "每方须确定一名首席代表。";
        return null;
    }

    public void Reply(DateOnly on)
    {
        if (Status != AgreementStatus.Offered) throw new DomainException("agreement.reply_state", "只有待回应的要约可以回应。");
        if (on < OfferedOn) throw new DomainException("agreement.reply_date", "回应日期不能早于要约日期。", "RepliedOn");
        (RepliedOn, Status) = (on, AgreementStatus.Negotiating);
    }

    public BargainingRound HoldRound(DateOnly heldOn, string minutes, IEnumerable<(BargainingSide Side, PayGrid Grid, string? Note)> proposals)
    {
        if (Status is not (AgreementStatus.Negotiating or AgreementStatus.Draft))
            throw new DomainException("agreement.round_state", "只有协商阶段可以召开协商会议。");
        if (PartiesProblem() is { } problem) throw new DomainException("agreement.parties", problem);
        if (heldOn < RepliedOn || _rounds.Count > 0 && heldOn < _rounds.Max(r => r.HeldOn))
            throw new DomainException("agreement.round_date", "协商日期不能早于回应日期或上一轮协商。", "HeldOn");
        var round = new BargainingRound(_rounds.Count + 1, heldOn, minutes);
        foreach (var (side, grid, note) in proposals) round.Propose(side, grid, note);
        _rounds.Add(round);
        Status = AgreementStatus.Negotiating;
        return round;
    }

    /// <summary>Puts a grid to the congress as the draft; the caller has checked it against the minimum wage (no problems).</summary>
    public void AgreeDraft(PayGrid grid, int gridProblems)
    {
        if (Status is not (AgreementStatus.Negotiating or AgreementStatus.Draft) || _rounds.Count == 0)
            throw new DomainException("agreement.draft_state", "至少经过一轮协商后才能形成草案。");
        if (gridProblems > 0) throw new DomainException("agreement.grid_problems", $"工资表还有 {gridProblems} 处不符合规定，不能形成草案。");
        (DraftGrid, Status) = (grid, AgreementStatus.Draft);
    }

    /// <summary>Records a vote; a failed one leaves the draft to be revised and put again, and is kept with its counts.</summary>
    public CongressVote RecordVote(CongressVote vote, DateOnly heldOn)
    {
        if (Status != AgreementStatus.Draft) throw new DomainException("agreement.vote_state", "只有草案可以提交职代会表决。");
        _votes.Add(new AgreementVote(vote, heldOn));
        if (vote.Passed) Status = AgreementStatus.Approved;
        return vote;
    }

    public void Sign(DateOnly on)
    {
        if (Status != AgreementStatus.Approved) throw new DomainException("agreement.sign_state", "职代会通过后方可由双方首席代表签字。");
        (SignedOn, Status) = (on, AgreementStatus.Signed);
    }

    public void File(DateOnly on)
    {
        if (Status != AgreementStatus.Signed) throw new DomainException("agreement.file_state", "签字后方可报送人社部门备案。");
        if (on < SignedOn) throw new DomainException("agreement.file_date", "报送日期不能早于签字日期。", "FiledOn");
        (FiledOn, Status) = (on, AgreementStatus.Filed);
    }

    /// <summary>Takes effect on the bureau's approval, or when its review period ends in silence (审查期满未提出异议视为同意).</summary>
    public void TakeEffect(DateOnly today, DateOnly? bureauApprovedOn)
    {
        if (Status != AgreementStatus.Filed) throw new DomainException("agreement.effect_state", "备案后方可生效。");
        var approvedOn = bureauApprovedOn
            ?? (today > ReviewEndsOn ? ReviewEndsOn!.Value.AddDays(1)
                : throw new DomainException("agreement.review_running", $"人社部门审查期至 {ReviewEndsOn:yyyy-MM-dd}，期满或审查同意后方可生效。"));
        if (approvedOn < FiledOn) throw new DomainException("agreement.approval_date", "审查同意日期不能早于报送日期。", "BureauApprovedOn");
        (BureauApprovedOn, EffectiveFrom, Status) = (approvedOn, approvedOn, AgreementStatus.Effective);
        ExpiresOn = approvedOn.AddMonths(TermMonths).AddDays(-1);
    }

    public bool Expire(DateOnly today)
    {
        if (Status != AgreementStatus.Effective || today <= ExpiresOn) return false;
        Status = AgreementStatus.Expired;
        return true;
    }
}
