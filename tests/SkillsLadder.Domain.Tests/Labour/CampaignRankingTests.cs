using SkillsLadder.Domain.Labour;
using static SkillsLadder.Domain.Tests.Labour.LabourSchemes;

namespace SkillsLadder.Domain.Tests.Labour;

public class CampaignRankingTests
{
    private static readonly RankedParticipant A = new(1, ParticipantKind.Unit, "一班组");
    private static readonly RankedParticipant B = new(2, ParticipantKind.Unit, "二班组");
    private static readonly RankedParticipant C = new(3, ParticipantKind.Unit, "三班组");
    private static readonly RankedParticipant Zhang = new(4, ParticipantKind.Individual, "张三");

    private static ParticipantPeriodScore S(int period, RankedParticipant who, AssessmentInput input) =>
        new(period, who.Id, IndicatorScorer.Score(SixComparisons(), input));

    [Fact]
    public void Each_locked_period_gives_its_leader_the_banner_and_the_cumulative_adds_locked_periods()
    {
        var periods = new[] { new RankedPeriod(10, 1, "3月", true), new RankedPeriod(11, 2, "4月", true), new RankedPeriod(12, 3, "5月", false) };
        var scores = new[]
        {
            S(10, A, Input(0)),            // 450
            S(10, B, Input(2)),            // 452: March's leader
            S(10, C, Input(9, ("AV", 1))), // vetoed: 0
            S(11, A, Input(5)),            // 455: April's leader
            S(11, B, Input(5, ("QV", 1))), // vetoed: 0
            S(11, C, Input(1)),            // 451
            S(12, C, Input(20)),           // 460, but May is still open
            S(10, Zhang, Input(1)),
        };
        var rows = CampaignRanking.Rank([A, B, C, Zhang], periods, scores);

        Assert.Equal([B.Id], rows.Where(r => r.PeriodId == 10 && r.HoldsBanner).Select(r => r.ParticipantId));
        Assert.Equal([A.Id], rows.Where(r => r.PeriodId == 11 && r.HoldsBanner).Select(r => r.ParticipantId));
        Assert.DoesNotContain(rows, r => r.PeriodId == 12 && r.HoldsBanner);
        Assert.True(rows.Single(r => r.PeriodId == 12).Provisional);
        Assert.DoesNotContain(rows, r => r.Kind == ParticipantKind.Individual && r.HoldsBanner);

        var cumulative = rows.Where(r => r.PeriodId is null && r.Kind == ParticipantKind.Unit).OrderBy(r => r.Rank).ToList();
        Assert.Equal([(A.Id, 905m, 1), (B.Id, 452m, 2), (C.Id, 451m, 3)], cumulative.Select(r => (r.ParticipantId, r.Total.Value, r.Rank)));
        Assert.Equal(1, cumulative[1].Vetoes);
        Assert.Contains("3月 452.00 + 4月 0.00（否决） = 452.00", cumulative[1].Explanation);
        Assert.Equal(3, rows.Single(r => r.PeriodId == 10 && r.ParticipantId == C.Id).Rank);
    }

    [Fact]
    public void Equal_totals_go_to_fewer_deductions_then_share_the_place_and_the_banner()
    {
        var periods = new[] { new RankedPeriod(10, 1, "3月", true) };
        // A: 3 days ahead and 3 notices = 450 with 3 deducted; B: 0 days, nothing = 450 with none; C same as B.
        var rows = CampaignRanking.Rank([A, B, C], periods, [S(10, A, Input(3, ("Q1", 3))), S(10, B, Input(0)), S(10, C, Input(0))]);
        var period = rows.Where(r => r.PeriodId == 10).ToDictionary(r => r.ParticipantId);
        Assert.Equal((1, 1, 3), (period[B.Id].Rank, period[C.Id].Rank, period[A.Id].Rank));
        Assert.True(period[B.Id].HoldsBanner && period[C.Id].HoldsBanner);
        Assert.Contains("（并列）", period[B.Id].Explanation);
    }

    [Fact]
    public void Order_of_input_never_changes_the_result()
    {
        var periods = new[] { new RankedPeriod(10, 1, "3月", true), new RankedPeriod(11, 2, "4月", true) };
        var scores = new[] { S(10, A, Input(1)), S(10, B, Input(2)), S(10, C, Input(0, ("AV", 1))), S(11, A, Input(3)), S(11, B, Input(-1)), S(11, C, Input(4)) };
        var forward = CampaignRanking.Rank([A, B, C], periods, scores);
        var backward = CampaignRanking.Rank([C, B, A], periods.Reverse().ToList(), scores.Reverse().ToList());
        Assert.Equal(forward.OrderBy(r => (r.PeriodId, r.ParticipantId)), backward.OrderBy(r => (r.PeriodId, r.ParticipantId)));
    }

    [Fact]
    public void Monthly_periods_are_calendar_months_clipped_to_the_campaign()
    {
        var months = PeriodPlanner.Plan(PeriodCadence.Monthly, new DateOnly(2026, 3, 15), new DateOnly(2026, 5, 10));
        Assert.Equal([("2026年3月", "2026-03-15", "2026-03-31"), ("2026年4月", "2026-04-01", "2026-04-30"), ("2026年5月", "2026-05-01", "2026-05-10")],
            months.Select(m => (m.Label, m.StartsOn.ToString("yyyy-MM-dd"), m.EndsOn.ToString("yyyy-MM-dd"))));
        var weeks = PeriodPlanner.Plan(PeriodCadence.Weekly, new DateOnly(2026, 11, 18), new DateOnly(2026, 12, 1));
        Assert.Equal([new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 1)], weeks.Select(w => w.EndsOn));
        var quarters = PeriodPlanner.Plan(PeriodCadence.Quarterly, new DateOnly(2026, 2, 1), new DateOnly(2026, 12, 31));
        Assert.Equal(["2026年第1季度", "2026年第2季度", "2026年第3季度", "2026年第4季度"], quarters.Select(q => q.Label));
    }
}
