using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.CampaignStandings;

/// <summary>Year-end awards from the final standings into the honours review, and what conferral does with a collective title.</summary>
public sealed class CampaignAwardsTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Proposals_wait_for_the_close_then_go_to_the_top_places_once_and_a_unit_without_a_leader_is_reported(DatabaseProvider provider)
    {
        await using var running = await CampaignWorld.StartAsync(provider);
        await running.RankAsync();
        (await Should.ThrowAsync<DomainException>(() => running.App.SendAsync(new ProposeCampaignAwardsCommand(running.Id)))).Code
            .ShouldBe("campaign_awards.not_closed");

        await using var world = await CampaignWorld.StartAsync(provider, finish: true);
        // A database from before the campaign titles joined the catalogue: the missing one is created on first use.
        await world.App.QueryAsync(db => db.HonourTypes.Where(h => h.Name == "先进个人").ExecuteDeleteAsync());
        (await Should.ThrowAsync<DomainException>(() => world.App.SendAsync(new ProposeCampaignAwardsCommand(world.Id)))).Code
            .ShouldBe("campaign_awards.updating");
        await world.RankAsync();

        var first = await world.App.SendAsync(new ProposeCampaignAwardsCommand(world.Id));
        var second = await world.App.SendAsync(new ProposeCampaignAwardsCommand(world.Id));

        (first.Created, first.AlreadyProposed).ShouldBe((2, 0));
        first.Reported.ShouldBe(["三班组（累计第 2 名）：未指定负责人，无法代表集体推荐（在参赛单位中指定负责人后重新生成）"]);
        (second.Created, second.AlreadyProposed, second.Message).ShouldBe((0, 2, "年终评先推荐已经生成过（2 条），没有新增。"));
        var nominations = await world.App.QueryAsync(db => (from n in db.Nominations
                                                            join h in db.HonourTypes on n.HonourTypeId equals h.Id
                                                            orderby n.Id
                                                            select new { n.Kind, n.Source, n.WorkerId, n.CollectiveName, n.CampaignParticipantId, n.ResultRank, n.Evidence, h.Name })
            .ToListAsync());
        nominations.Select(n => (n.Kind, n.Source, n.WorkerId, (string?)n.CollectiveName, n.CampaignParticipantId, n.ResultRank, (string?)n.Evidence, n.Name)).ShouldBe(
        [
            (NominationKind.CollectiveHonour, NominationSource.LabourCampaign, world.Campaign.Workers["陈一刚"], "一班组", world.Campaign.Participants["一班组"], 1,
                "城东快速路劳动竞赛：累计第 1 名（303.20 分）", "先进集体"),
            (NominationKind.Honour, NominationSource.LabourCampaign, world.Campaign.Workers["赵五岳"], null, world.Campaign.Participants["赵五岳"], 1,
                "城东快速路劳动竞赛：累计第 1 名（302.70 分）", "先进个人"),
        ]);
        (await world.App.QueryAsync(db => db.HonourTypes.CountAsync(h => h.Name == "先进个人"))).ShouldBe(1);

        var awards = await world.App.SendAsync(new GetCampaignAwardsQuery(world.Id));
        awards.Proposals.Select(p => (p.Name, p.WorkerName, p.Honour, p.Status)).ShouldBe(
            [("一班组", "陈一刚", "先进集体", NominationStatus.Submitted), ("赵五岳", "赵五岳", "先进个人", NominationStatus.Submitted)]);
        awards.Candidates.Single(c => c.Name == "三班组").Problem.ShouldNotBeNull();
        // Organizers follow their proposals in the honours queue, under the unit's name.
        (await world.App.SendAsync(new ListNominationsQuery { Search = "一班" })).Items.Single().CollectiveName.ShouldBe("一班组");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Conferring_a_collective_title_gives_the_leader_no_personal_honour_while_an_individual_title_does(DatabaseProvider provider)
    {
        await using var world = await CampaignWorld.StartAsync(provider, finish: true);
        await world.RankAsync();
        await world.App.SendAsync(new ProposeCampaignAwardsCommand(world.Id));
        var ids = await world.App.QueryAsync(db => db.Nominations.OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        var reviewer = await world.App.CreateAccountAsync("钱审核", AppRoles.HrReviewer);
        world.App.RunAs(AppRoles.HrReviewer, userId: reviewer);
        foreach (var id in ids)
        {
            await world.App.SendAsync(new AssignReviewerCommand(id, reviewer));
            await world.App.SendAsync(new ApproveNominationCommand(id, "年度考核第一，事迹突出"));
        }
        world.App.Clock.Now = new DateTimeOffset(2026, 7, 8, 0, 0, 0, TimeSpan.Zero); // the five-working-day notice has ended
        var notice = (await world.App.SendAsync(new GetNominationQuery(ids[0])));
        (notice.CollectiveName, notice.WorkerName, notice.Subject).ShouldBe(("一班组", "陈一刚", "“先进集体”称号"));

        foreach (var id in ids) await world.App.SendAsync(new ConferNominationCommand(id));

        var (leader, individual) = (world.Campaign.Workers["陈一刚"], world.Campaign.Workers["赵五岳"]);
        (await world.App.QueryAsync(db => db.Nominations.Select(n => n.Status).ToListAsync())).ShouldAllBe(s => s == NominationStatus.Conferred);
        (await world.App.QueryAsync(db => db.WorkerHonours.CountAsync(h => h.WorkerId == leader))).ShouldBe(0);
        (await world.App.QueryAsync(db => db.WorkerTierChanges.CountAsync(c => c.WorkerId == leader))).ShouldBe(0);
        (await world.App.QueryAsync(db => db.WorkerHonours.SingleAsync(h => h.WorkerId == individual))).Title.ShouldBe("先进个人");
        (await world.App.QueryAsync(db => db.WorkerMessages.Where(m => m.WorkerId == leader && m.Kind == WorkerMessageKind.NominationOutcome)
                .Select(m => m.Text).SingleAsync()))
            .ShouldBe("对您负责的“一班组”的“先进集体”称号推荐已于 2026-07-08 正式授予。");
    }
}
