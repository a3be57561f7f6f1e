using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Tests.Bargaining;

public sealed class AgreementRefusalTests
{
    private static readonly DateOnly T = BargainingData.Today;

    private static async Task<int> OtherEnterpriseAsync(TestApp app, TestData.Directory d)
    {
        var other = new Enterprise("宁波港联机械有限公司", TestData.CreditCode(2), d.IndustryId, "北仑区", null);
        await app.InsertAsync(other);
        return other.Id;
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enterprise_hr_sees_and_acts_only_for_its_own_enterprise(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var otherId = await OtherEnterpriseAsync(app, d);
        var own = await app.SendAsync(BargainingData.Offer(d.EnterpriseId));
        var other = await app.SendAsync(BargainingData.Offer(otherId));

        app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId);
        (await app.SendAsync(new ListAgreementsQuery())).Select(a => a.Id).ShouldBe([own]);
        (await app.SendAsync(new ListAgreementsQuery { EnterpriseId = otherId })).ShouldBeEmpty();
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetAgreementQuery(other)));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ReplyToOfferCommand { AgreementId = other, RepliedOn = T }));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(BargainingData.Offer(otherId) with { OfferedBy = BargainingSide.Employer }));
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetAgreementQuery(999999)));

        await app.SendAsync(new ReplyToOfferCommand { AgreementId = own, RepliedOn = T });
        (await app.SendAsync(new GetAgreementQuery(own))).Stage.ShouldBe(AgreementStage.Negotiating);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Each_side_names_only_its_own_representatives_and_the_offering_side_does_not_reply(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var id = await app.SendAsync(BargainingData.Offer(d.EnterpriseId));

        app.RunAs(AppRoles.Organizer);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Employer, Name = "赵总" }));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ReplyToOfferCommand { AgreementId = id, RepliedOn = T }));
        await app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Union, Name = "工会主席", IsChief = true });

        app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Union, Name = "钱某" }));
        var repId = (await app.SendAsync(new GetAgreementQuery(id))).Representatives.Single().Id;
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new RemoveRepresentativeCommand(id, repId)));
        await app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Employer, Name = "人力资源总监", IsChief = true });
        var two = await Should.ThrowAsync<DomainException>(() =>
            app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Employer, Name = "财务总监", IsChief = true }));
        two.Message.ShouldBe("每方只能有一名首席代表。");

        app.RunAs(AppRoles.HrReviewer); // federation staff stand with the union, never for the employer
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new FileAgreementCommand(id, T)));
        await app.SendAsync(new RemoveRepresentativeCommand(id, repId));
        (await app.SendAsync(new GetAgreementQuery(id))).Representatives.ShouldHaveSingleItem().Side.ShouldBe(BargainingSide.Employer);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_industry_agreement_is_offered_by_the_union_and_answered_for_the_employers_by_an_admin(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        app.RunAs(AppRoles.Organizer);
        var id = await app.SendAsync(BargainingData.Offer(d.EnterpriseId) with
        {
            Scope = AgreementScope.IndustryInDistrict, EnterpriseId = d.EnterpriseId, IndustryId = d.IndustryId, District = "滨江区",
        });
        var details = await app.SendAsync(new GetAgreementQuery(id));
        (details.EnterpriseId, details.Covers).ShouldBe((null, "滨江区 · 通用设备制造业")); // the enterprise field is ignored for this scope

        app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId);
        (await app.SendAsync(new ListAgreementsQuery())).ShouldBeEmpty();
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ReplyToOfferCommand { AgreementId = id, RepliedOn = T }));
        app.RunAs(AppRoles.HrReviewer);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ReplyToOfferCommand { AgreementId = id, RepliedOn = T }));
        app.RunAs(AppRoles.Admin);
        await app.SendAsync(new ReplyToOfferCommand { AgreementId = id, RepliedOn = T });
        (await app.SendAsync(new GetAgreementQuery(id))).RepliedOn.ShouldBe(T);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Deadlines_come_from_configuration_and_stay_with_the_agreement(DatabaseProvider provider)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bargaining:ReplyDays"] = "15", ["Bargaining:MaxRepresentatives"] = "4" }).Build();
        await using var app = await TestApp.StartAsync(provider, s => s.AddSingleton<IConfiguration>(configuration));
        var d = await BargainingData.SeedAsync(app);
        var id = await app.SendAsync(BargainingData.Offer(d.EnterpriseId, T.AddDays(-10)));

        (await app.SendAsync(new GetAgreementQuery(id))).Reminders.ShouldHaveSingleItem().DueOn.ShouldBe(T.AddDays(5));
        for (var i = 0; i < 4; i++) await app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Union, Name = $"代表{i}" });
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new AddRepresentativeCommand { AgreementId = id, Side = BargainingSide.Union, Name = "代表5" })))
            .Message.ShouldBe("每方代表最多 4 人。");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Workers_and_judges_have_no_part_in_bargaining(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var id = await app.SendAsync(BargainingData.Offer(d.EnterpriseId));
        foreach (var role in new[] { AppRoles.Worker, AppRoles.Judge })
        {
            app.RunAs(role, workerId: 1, enterpriseId: d.EnterpriseId);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListAgreementsQuery()));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetAgreementQuery(id)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(BargainingData.Offer(d.EnterpriseId)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ExportAgreementQuery(id, AgreementFileKind.Grid)));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ExpireAgreementsCommand()));
        }
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Steps_out_of_order_are_refused_with_the_reason_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var offered = await app.SendAsync(BargainingData.Offer(d.EnterpriseId));
        var grid = await BargainingData.CleanGridAsync(app);

        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(BargainingData.Round(offered, T, (BargainingSide.Union, grid)))))
            .Message.ShouldBe("只有协商阶段可以召开协商会议。");
        await app.SendAsync(new ReplyToOfferCommand { AgreementId = offered, RepliedOn = T.AddDays(-50) });
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ReplyToOfferCommand { AgreementId = offered, RepliedOn = T })))
            .Message.ShouldBe("只有待回应的要约可以回应。");
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(BargainingData.Round(offered, T, (BargainingSide.Union, grid)))))
            .Message.ShouldContain("每方代表应为 3–10 人");
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new SignAgreementCommand(offered, T))))
            .Message.ShouldBe("职代会通过后方可由双方首席代表签字。");
        (await Should.ThrowAsync<DomainException>(() =>
            app.SendAsync(new RecordVoteCommand { AgreementId = offered, HeldOn = T, Representatives = 10, Attending = 9, Approving = 9 })))
            .Message.ShouldBe("只有草案可以提交职代会表决。");
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new TakeEffectCommand { AgreementId = offered })))
            .Message.ShouldBe("备案后方可生效。");
        await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ExportAgreementQuery(offered, AgreementFileKind.FilingPack)));
        (await app.SendAsync(new GetAgreementQuery(offered))).Status.ShouldBe(AgreementStatus.Negotiating);
        (await app.CountAsync<AgreementVote>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_money_in_a_proposal_names_its_cell_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var id = await BargainingData.NegotiatingAsync(app, d.EnterpriseId);
        var grid = await BargainingData.CleanGridAsync(app, (order, rank) => order == 1 && rank == 2 ? ("2,6OO", "100") : ("3000", "2000"));

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(BargainingData.Round(id, T, (BargainingSide.Union, grid), (BargainingSide.Union, grid))));

        error.Errors["Proposals[0].Grid.Cells[1].Base"].ShouldHaveSingleItem().ShouldContain("最多两位小数");
        error.Errors["Proposals"].ShouldHaveSingleItem().ShouldBe("每方每轮最多提出一份方案。");
        (await app.CountAsync<BargainingRound>()).ShouldBe(0);
        (await app.CountAsync<PayGrid>()).ShouldBe(0);

        var forged = new PayGridInput { Cells = [new PayCellInput { PostClassId = 999, LevelRank = 1, Base = "3000", Allowance = "0" }] };
        var unknown = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(BargainingData.Round(id, T, (BargainingSide.Union, forged))));
        unknown.Errors["Proposals[0].Grid.Cells"].ShouldHaveSingleItem().ShouldContain("不存在的岗位类别");
        (await app.CountAsync<PayGrid>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_list_shows_the_next_deadline_and_filters_by_computed_stage(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await BargainingData.SeedAsync(app);
        var late = await app.SendAsync(BargainingData.Offer(d.EnterpriseId, T.AddDays(-25)));
        var fresh = await app.SendAsync(BargainingData.Offer(d.EnterpriseId, T.AddDays(-5)));
        await BargainingData.NegotiatingAsync(app, d.EnterpriseId);

        app.RunAs(AppRoles.Organizer);
        var replyDue = await app.SendAsync(new ListAgreementsQuery { Stage = AgreementStage.ReplyDue });
        replyDue.Select(a => (a.Id, a.NextReminder!.DueOn, a.Overdue)).ShouldBe([(fresh, T.AddDays(15), false), (late, T.AddDays(-5), true)]);
        (await app.SendAsync(new ListAgreementsQuery { Overdue = true })).ShouldHaveSingleItem().Id.ShouldBe(late);
        (await app.SendAsync(new ListAgreementsQuery { Stage = AgreementStage.Negotiating })).ShouldHaveSingleItem().NextReminder.ShouldBeNull();
        (await app.SendAsync(new ListAgreementsQuery { Stage = AgreementStage.Expiring })).ShouldBeEmpty();
    }
}
