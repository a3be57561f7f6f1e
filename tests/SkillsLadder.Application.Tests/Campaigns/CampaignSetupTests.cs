using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Campaigns;

public sealed class CampaignSetupTests
{
    private static CreateCampaignCommand New(PeriodCadence cadence, string starts = "2026-03-15", string ends = "2026-06-30") => new()
    {
        Name = "滨江快速路劳动竞赛", Kind = CampaignKind.KeyProject, Project = "滨江快速路二期", Organizer = "区总工会",
        StartsOn = DateOnly.Parse(starts), EndsOn = DateOnly.Parse(ends), Cadence = cadence,
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Monthly_periods_are_planned_at_creation_and_milestones_are_added_one_by_one(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monthly = await app.SendAsync(New(PeriodCadence.Monthly));
        var periods = await app.SendAsync(new ListPeriodsQuery(monthly));
        periods.Select(p => p.Label).ShouldBe(["2026年3月", "2026年4月", "2026年5月", "2026年6月"]);
        periods[0].StartsOn.ShouldBe(new DateOnly(2026, 3, 15));
        (await app.SendAsync(new PlanPeriodsCommand(monthly))).ShouldBe(4); // planned again in place: same numbers, new rows
        (await app.SendAsync(new ListPeriodsQuery(monthly))).Select(p => p.Number).ShouldBe([1, 2, 3, 4]);

        var milestones = await app.SendAsync(New(PeriodCadence.Milestone));
        (await app.SendAsync(new ListPeriodsQuery(milestones))).ShouldBeEmpty();
        await app.SendAsync(new AddMilestoneCommand { CampaignId = milestones, Label = "主体结构封顶", EndsOn = new DateOnly(2026, 4, 30) });
        var late = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new AddMilestoneCommand { CampaignId = milestones, Label = "竣工验收", EndsOn = new DateOnly(2026, 7, 31) }));
        late.Errors["EndsOn"][0].ShouldContain("2026-05-01 至 2026-06-30");
        await app.SendAsync(new AddMilestoneCommand { CampaignId = milestones, Label = "竣工验收", EndsOn = new DateOnly(2026, 6, 30) });
        (await app.SendAsync(new ListPeriodsQuery(milestones))).Select(p => (p.Label, p.StartsOn))
            .ShouldBe([("主体结构封顶", new DateOnly(2026, 3, 15)), ("竣工验收", new DateOnly(2026, 5, 1))]);
        await Should.ThrowAsync<DomainException>(() => app.SendAsync(new PlanPeriodsCommand(milestones)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_organizers_and_admins_see_or_run_campaigns(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.RunAs(AppRoles.Organizer).SendAsync(New(PeriodCadence.Quarterly));
        (await app.SendAsync(new GetCampaignQuery(id))).Periods.ShouldBe(2);

        foreach (var role in new[] { AppRoles.Judge, AppRoles.HrReviewer, AppRoles.Worker })
        {
            app.RunAs(role, workerId: 1, enterpriseId: 1);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListCampaignsQuery()));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetCampaignQuery(id)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(New(PeriodCadence.Monthly)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListParticipantsQuery(id)));
        }
        app.RunAs(AppRoles.Admin);
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetCampaignQuery(id + 100)));
        (await app.CountAsync<Campaign>()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Particulars_are_edited_against_the_version_seen_and_listed_by_status(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.SendAsync(New(PeriodCadence.Monthly));
        var seen = await app.SendAsync(new GetCampaignQuery(id));
        var edit = new EditCampaignCommand
        {
            Id = id, Version = seen.Version, Name = "滨江快速路二期劳动竞赛", Kind = CampaignKind.KeyProject, Project = seen.Project,
            Organizer = seen.Organizer, CollectiveAwards = 2, IndividualAwards = 5,
        };
        await app.SendAsync(edit);

        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(edit with { Name = "旧页面上的改动" }));
        var refused = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(edit with { Version = seen.Version + 1, IndividualAwards = 501 }));
        refused.Errors.Keys.ShouldBe(["IndividualAwards"]);
        var now = await app.SendAsync(new GetCampaignQuery(id));
        (now.Name, now.CollectiveAwards, now.IndividualAwards).ShouldBe(("滨江快速路二期劳动竞赛", 2, 5));
        await app.SendAsync(edit with { Version = now.Version, StartsOn = new DateOnly(2026, 4, 1), EndsOn = new DateOnly(2026, 6, 30), Cadence = PeriodCadence.Quarterly });
        (await app.SendAsync(new ListPeriodsQuery(id))).Select(p => p.Label).ShouldBe(["2026年第2季度"]);
        (await app.SendAsync(new ListCampaignsQuery { Status = CampaignStatus.Draft })).Items.Single().Id.ShouldBe(id);
        (await app.SendAsync(new ListCampaignsQuery { Status = CampaignStatus.Running })).Items.ShouldBeEmpty();
        (await app.SendAsync(new ListCampaignsQuery { Search = "快速路二期" })).TotalCount.ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Units_and_individuals_join_from_the_directory_and_withdraw_with_a_reason(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var workers = await app.CreateWorkersAsync(directory, "赵铁军", "钱学文", "孙立新");
        var id = await app.SendAsync(New(PeriodCadence.Monthly));

        var crew = await app.SendAsync(new AddUnitCommand { CampaignId = id, Name = "钢筋班组", UnitKind = UnitKind.Crew, EnterpriseId = directory.EnterpriseId, LeaderWorkerId = workers[0].Id });
        var twice = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AddUnitCommand { CampaignId = id, Name = " 钢筋班组 " }));
        twice.Errors["Name"][0].ShouldContain("已在本竞赛中");
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AddIndividualCommand { CampaignId = id, WorkerId = 99999 }));
        var individual = await app.SendAsync(new AddIndividualCommand { CampaignId = id, WorkerId = workers[1].Id, UnitId = crew });
        await app.SendAsync(new SetUnitMembersCommand { CampaignId = id, ParticipantId = crew, WorkerIds = [workers[0].Id, workers[1].Id, workers[2].Id] });
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new WithdrawParticipantCommand { CampaignId = id, ParticipantId = individual }));
        await app.SendAsync(new WithdrawParticipantCommand { CampaignId = id, ParticipantId = individual, Reason = "调往其他项目" });

        var list = await app.SendAsync(new ListParticipantsQuery(id));
        var unit = list.Single(p => p.Id == crew);
        (unit.LeaderName, unit.EnterpriseName).ShouldBe(("赵铁军", "杭州恒达精密机械有限公司"));
        unit.Members.Select(m => m.Name).ShouldBe(["赵铁军", "钱学文", "孙立新"]);
        var gone = list.Single(p => p.Id == individual);
        (gone.IsActive, gone.WithdrawalReason, gone.UnitName).ShouldBe((false, "调往其他项目", "钢筋班组"));
        list[^1].Id.ShouldBe(individual); // withdrawn last
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Starting_lists_everything_missing_and_closing_waits_for_every_period_to_lock(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.SendAsync(New(PeriodCadence.Milestone));
        (await app.SendAsync(new GetCampaignQuery(id))).StartProblems.Count.ShouldBe(3);
        var refused = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new StartCampaignCommand(id)));
        refused.Message.ShouldContain("两个参赛单位");
        refused.Message.ShouldContain("还没有考核期");
        refused.Message.ShouldContain("还没有考核指标方案");

        await app.SendAsync(new AddUnitCommand { CampaignId = id, Name = "一工区" });
        await app.SendAsync(new AddUnitCommand { CampaignId = id, Name = "二工区" });
        await app.SendAsync(new AddMilestoneCommand { CampaignId = id, Label = "桩基完成", EndsOn = new DateOnly(2026, 6, 30) });
        await app.SendAsync(new SaveIndicatorSchemeCommand { CampaignId = id, Scheme = IndicatorSchemeInput.From(CampaignData.FiveItemScheme()) });
        await app.SendAsync(new StartCampaignCommand(id));

        (await app.SendAsync(new GetCampaignQuery(id))).Status.ShouldBe(CampaignStatus.Running);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new CloseCampaignCommand(id)))).Code.ShouldBe("campaign.periods_open");
        var running = await app.SendAsync(new GetCampaignQuery(id));
        var later = new EditCampaignCommand
        {
            Id = id, Version = running.Version, Name = running.Name, Kind = running.Kind, Project = running.Project, Organizer = running.Organizer,
            CollectiveAwards = 1, IndividualAwards = 3, StartsOn = running.StartsOn, EndsOn = new DateOnly(2026, 7, 31),
        };
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(later))).Code.ShouldBe("campaign.started");
        await Should.ThrowAsync<DomainException>(() => app.SendAsync(new PlanPeriodsCommand(id)));
    }
}
