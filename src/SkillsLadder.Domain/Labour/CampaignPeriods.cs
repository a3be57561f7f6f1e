using System.Globalization;
using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Labour;

public sealed partial class Campaign
{
    /// <summary>Weekly, monthly or quarterly periods over the campaign's dates (the first and last clipped to them).</summary>
    public void PlanPeriods()
    {
        if (Status != CampaignStatus.Draft) throw new DomainException("campaign.started", "竞赛已开始，考核期不能重排。");
        if (Cadence == PeriodCadence.Milestone) throw new DomainException("campaign.milestones", "按节点考核的竞赛请逐个添加节点。");
        var planned = PeriodPlanner.Plan(Cadence, StartsOn, EndsOn);
        if (planned.Count > MaxPeriods) throw new DomainException("campaign.periods_many", $"考核期最多 {MaxPeriods} 个，请改用更长的周期。");
        _periods.Clear();
        _periods.AddRange(planned.Select((p, i) => new CampaignPeriod(i + 1, p.Label, p.StartsOn, p.EndsOn)));
    }

    /// <summary>A milestone (节点) runs from the day after the previous one (or the start) to its date.</summary>
    public CampaignPeriod AddMilestone(string label, DateOnly endsOn)
    {
        if (Cadence != PeriodCadence.Milestone) throw new DomainException("campaign.not_milestones", "只有按节点考核的竞赛可以添加节点。");
        if (Status == CampaignStatus.Closed) throw new DomainException("campaign.closed", "竞赛已结束，不能再修改。");
        var startsOn = _periods.Count == 0 ? StartsOn : _periods.Max(p => p.EndsOn).AddDays(1);
        if (endsOn < startsOn || endsOn > EndsOn)
            throw new DomainException("campaign.milestone_date", $"节点日期应在 {startsOn:yyyy-MM-dd} 至 {EndsOn:yyyy-MM-dd} 之间。", "EndsOn");
        if (_periods.Count >= MaxPeriods) throw new DomainException("campaign.periods_many", $"考核期最多 {MaxPeriods} 个。");
        var period = new CampaignPeriod(_periods.Count + 1, Guard.Text(label, "Label", CampaignPeriod.LabelMaxLength), startsOn, endsOn);
        _periods.Add(period);
        return period;
    }

    public CampaignPeriod Period(int periodId) => _periods.SingleOrDefault(p => p.Id == periodId)
        ?? throw new DomainException("campaign.period_missing", "考核期不在本竞赛中。", "PeriodId");
}

/// <summary>One assessment period. Locked once every assessment in it is submitted: its standings are then final.</summary>
public sealed class CampaignPeriod
{
    public const int LabelMaxLength = 50;
    private CampaignPeriod() { }

    internal CampaignPeriod(int number, string label, DateOnly startsOn, DateOnly endsOn) =>
        (Number, Label, StartsOn, EndsOn, Status) = (number, label, startsOn, endsOn, PeriodStatus.Open);

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int Number { get; private set; }
    public string Label { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public PeriodStatus Status { get; private set; }
    public string? LockedBy { get; private set; }
    public DateTime? LockedAt { get; private set; }
    public string? UnlockReason { get; private set; }

    /// <summary>The caller has checked that every active participant's assessment is submitted (it knows the counts).</summary>
    public void Lock(int unsubmitted, string by, DateTime at)
    {
        if (Status == PeriodStatus.Locked) throw new DomainException("period.locked", $"{Label} 已锁定。");
        if (unsubmitted > 0) throw new DomainException("period.unsubmitted", $"{Label} 还有 {unsubmitted} 份考核未提交，不能锁定。");
        (Status, LockedBy, LockedAt, UnlockReason) = (PeriodStatus.Locked, by, at, null);
    }

    public void Unlock(string reason)
    {
        if (Status != PeriodStatus.Locked) throw new DomainException("period.open", $"{Label} 未锁定。");
        UnlockReason = Guard.Text(reason, "Reason", CampaignParticipant.ReasonMaxLength, 2);
        (Status, LockedBy, LockedAt) = (PeriodStatus.Open, null, null);
    }
}

public sealed record PlannedPeriod(string Label, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>Calendar periods: weeks Monday to Sunday, calendar months and quarters, clipped to the campaign's dates.</summary>
public static class PeriodPlanner
{
    public static IReadOnlyList<PlannedPeriod> Plan(PeriodCadence cadence, DateOnly startsOn, DateOnly endsOn)
    {
        var periods = new List<PlannedPeriod>();
        var day = startsOn;
        while (day <= endsOn && periods.Count <= Campaign.MaxPeriods)
        {
            var (end, label) = cadence switch
            {
                PeriodCadence.Weekly => (day.AddDays((7 - ((int)day.DayOfWeek + 6) % 7) - 1), $"第{periods.Count + 1}周"),
                PeriodCadence.Monthly => (new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), $"{day.Year}年{day.Month}月"),
                PeriodCadence.Quarterly => (new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1).AddMonths(3).AddDays(-1),
                    $"{day.Year}年第{(day.Month - 1) / 3 + 1}季度"),
                _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
            };
            if (end > endsOn) end = endsOn;
            if (cadence == PeriodCadence.Weekly)
                label += string.Create(CultureInfo.InvariantCulture, $"（{day:MM-dd}–{end:MM-dd}）");
            periods.Add(new PlannedPeriod(label, day, end));
            day = end.AddDays(1);
        }
        return periods;
    }
}
