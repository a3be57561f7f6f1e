using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.CampaignStandings;

/// <summary>The campaign ranking command on the hand-worked campaign (figures in <see cref="CampaignStandingsData"/>).</summary>
public sealed class RecomputeCampaignStandingsTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Two_locked_months_with_a_veto_rank_by_hand_and_the_banner_goes_to_each_months_leader(DatabaseProvider provider)
    {
        await using var world = await CampaignWorld.StartAsync(provider);
        (await world.App.SendAsync(new PendingCampaignStandingsQuery())).ShouldBe([world.Id]);

        var result = await world.RankAsync();

        (result.Written, result.Number).ShouldBe((true, 1));
        (await world.App.SendAsync(new PendingCampaignStandingsQuery())).ShouldBeEmpty();
        var (p1, p2, p3) = (world.Campaign.PeriodIds[0], world.Campaign.PeriodIds[1], world.Campaign.PeriodIds[2]);
        var id = result.SnapshotId!.Value;
        (await world.RowsAsync(id, p1, ParticipantKind.Unit)).ShouldBe(
            [("二班组", 1, 10300, 0, 0, true, false), ("一班组", 2, 9980, 500, 0, false, false), ("三班组", 3, 9880, 200, 0, false, false)]);
        (await world.RowsAsync(id, p2, ParticipantKind.Unit)).ShouldBe(
            [("一班组", 1, 10240, 0, 0, true, false), ("三班组", 2, 10200, 1000, 0, false, false), ("二班组", 3, 0, 0, 1, false, false)]);
        // Month 3 is open: ranked under scheme v2 (50/50), provisional, no banner; the draft of 李四海 is not ranked.
        (await world.RowsAsync(id, p3, ParticipantKind.Unit)).ShouldBe([("一班组", 1, 10100, 0, 0, false, true)]);
        (await world.RowsAsync(id, p3, ParticipantKind.Individual)).ShouldBeEmpty();
        // Cumulative over the locked months only.
        (await world.RowsAsync(id, null, ParticipantKind.Unit)).ShouldBe(
            [("一班组", 1, 20220, 500, 0, false, false), ("三班组", 2, 20080, 1200, 0, false, false), ("二班组", 3, 10300, 0, 1, false, false)]);
        (await world.RowsAsync(id, null, ParticipantKind.Individual)).ShouldBe(
            [("赵五岳", 1, 20120, 0, 0, false, false), ("李四海", 2, 19920, 500, 0, false, false)]);

        var standings = await world.App.SendAsync(new GetCampaignStandingsQuery(world.Id, p1));
        standings.Units[0].Explanation.ShouldBe("工期进度 100.00 +5.00 ×60% = 63.00；安全生产 100.00 ×40% = 40.00。合计 103.00。 本期第一，获流动红旗。");
        (await world.App.SendAsync(new GetCampaignStandingsQuery(world.Id, p2))).Units[2].Explanation.ShouldEndWith("一票否决（安全事故），本期计 0 分。");
        (await world.App.SendAsync(new GetCampaignStandingsQuery(world.Id, p3))).Units.Single().Explanation.ShouldContain("×50%");
        var cumulative = await world.App.SendAsync(new GetCampaignStandingsQuery(world.Id));
        cumulative.Units[2].Explanation.ShouldBe("2026年1月 103.00 + 2026年2月 0.00（否决） = 103.00。");
        (cumulative.Provisional, cumulative.Updating).ShouldBe((false, false));

        var banners = await world.App.SendAsync(new GetCampaignBannersQuery(world.Id));
        banners.Periods.Select(p => (p.Label, string.Join("、", p.Holders.Select(h => h.Name)))).ShouldBe([("2026年1月", "二班组"), ("2026年2月", "一班组")]);
        banners.Current!.Holders.Single().Name.ShouldBe("一班组");
        banners.Tally.Select(t => (t.Name, t.Periods)).ShouldBe([("一班组", 1), ("二班组", 1)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_unchanged_input_writes_no_new_snapshot_but_settles_the_demand_and_a_withdrawal_does(DatabaseProvider provider)
    {
        await using var world = await CampaignWorld.StartAsync(provider);
        var first = await world.RankAsync();
        // A change that moves nothing still demands a ranking (the campaign row was written) …
        var seen = await world.App.SendAsync(new GetCampaignQuery(world.Id));
        await world.App.SendAsync(new EditCampaignCommand
        {
            Id = world.Id, Version = seen.Version, Name = seen.Name + "（二期）", Kind = seen.Kind, Project = seen.Project, Organizer = seen.Organizer,
            CollectiveAwards = seen.CollectiveAwards, IndividualAwards = seen.IndividualAwards,
        });
        (await world.App.SendAsync(new PendingCampaignStandingsQuery())).ShouldBe([world.Id]);

        var second = await world.RankAsync();

        // … which the run settles without a new snapshot.
        (second.Written, second.SnapshotId, second.Number).ShouldBe((false, first.SnapshotId, 1));
        (await world.App.SendAsync(new PendingCampaignStandingsQuery())).ShouldBeEmpty();
        (await world.App.CountAsync<CampaignStandingsSnapshot>()).ShouldBe(1);

        await world.App.QueryAsync(async db =>
        {
            var campaign = await db.Campaigns.Include(c => c.Participants).SingleAsync(c => c.Id == world.Id);
            campaign.Withdraw(world.Campaign.Participants["三班组"], "退场");
            return await db.SaveChangesAsync();
        });
        var third = await world.RankAsync();

        (third.Written, third.Number).ShouldBe((true, 2));
        (await world.RowsAsync(third.SnapshotId!.Value, null, ParticipantKind.Unit)).Select(r => (r.Name, r.Rank)).ShouldBe([("一班组", 1), ("二班组", 2)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_draft_campaign_is_not_ranked_and_organizers_alone_read_the_standings(DatabaseProvider provider)
    {
        await using var world = await CampaignWorld.StartAsync(provider);
        await world.RankAsync();
        world.App.RunAs(AppRoles.Judge);
        await Should.ThrowAsync<ForbiddenException>(() => world.App.SendAsync(new GetCampaignStandingsQuery(world.Id)));
        await Should.ThrowAsync<ForbiddenException>(() => world.App.SendAsync(new GetCampaignBannersQuery(world.Id)));
        world.App.RunAs(AppRoles.Organizer);
        await Should.ThrowAsync<NotFoundException>(() => world.App.SendAsync(new GetCampaignStandingsQuery(world.Id, 999_999)));

        var draft = new Campaign("筹备中的竞赛", CampaignKind.CentralTask, "中心任务", "市总工会", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30),
            PeriodCadence.Quarterly, DateTime.UtcNow);
        draft.PlanPeriods();
        await world.App.InsertAsync(draft);
        (await world.App.SendAsync(new RecomputeCampaignStandingsCommand(draft.Id))).SnapshotId.ShouldBeNull();
        (await world.App.SendAsync(new GetCampaignStandingsQuery(draft.Id))).Snapshot.ShouldBeNull();
        await Should.ThrowAsync<NotFoundException>(() => world.App.RunAs(null).SendAsync(new GetCampaignBoardQuery(draft.Id)));
        (await world.App.SendAsync(new GetCampaignBoardQuery(world.Id))).Banner!.Holders.Single().Name.ShouldBe("一班组");
    }
}
