using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Innovation;

/// <summary>Submitting an entry: who may submit for whom, co-authors from the same enterprise, the campaign team it counts for.</summary>
public sealed class SubmitInnovationTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_worker_submits_with_a_colleague_for_their_crew_and_the_campaign_follows_from_the_crew(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();

        var id = await app.RunAs(AppRoles.Worker, workerId: city.Lead, enterpriseId: city.EnterpriseA)
            .SendAsync(InnovationWorld.Proposal(coAuthors: [city.Colleague, city.Lead]) with { ParticipantId = city.CrewA });

        var entry = await app.QueryAsync(db => db.InnovationEntries.Include(e => e.Authors).SingleAsync(e => e.Id == id));
        (entry.Status, entry.SubmittedByWorkerId, entry.EnterpriseId, entry.CampaignId, entry.ParticipantId)
            .ShouldBe((InnovationStatus.Submitted, city.Lead, city.EnterpriseA, city.RunningCampaign, city.CrewA));
        entry.Authors.OrderBy(a => a.WorkerId).Select(a => (a.WorkerId, a.IsLead)).ShouldBe([(city.Lead, true), (city.Colleague, false)]);
        entry.SubmittedAt.ShouldBe(app.Clock.Now.UtcDateTime);

        var details = await app.RunAs(AppRoles.Worker, workerId: city.Colleague, enterpriseId: city.EnterpriseA).SendAsync(new GetInnovationQuery(id));
        (details.CampaignName, details.ParticipantName).ShouldBe(("地铁三号线劳动竞赛", "一班组"));
        details.Authors.Select(a => a.FullName).ShouldBe(["周志强", "李娜"]); // the lead first
        details.May.ShouldBe(new InnovationAbilities(false, false, false)); // a co-author neither assesses nor withdraws
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enterprise_hr_submits_for_its_worker_and_the_form_offers_colleagues_and_running_teams_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA);

        var form = await app.SendAsync(new GetInnovationFormQuery(city.Lead, "李", [city.Other]));
        (form.WorkerName, form.EnterpriseName).ShouldBe(("周志强", "杭州恒达精密机械有限公司"));
        form.CoAuthors.Select(c => c.FullName).ShouldBe(["王强"]);
        form.Matches.Select(c => c.FullName).ShouldBe(["李娜"]); // not 赵敏 of the other enterprise, not the lead
        // The running campaign's crew of A and the lead's own individual entry; not B's crew, nothing from the draft campaign.
        form.Teams.Select(t => t.ParticipantId).Order().ShouldBe(new[] { city.CrewA, city.LeadIndividual }.Order());

        var id = await app.SendAsync(InnovationWorld.Proposal() with { WorkerId = city.Lead, ParticipantId = city.LeadIndividual });
        var entry = await app.QueryAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id));
        (entry.SubmittedByWorkerId, entry.ParticipantId).ShouldBe((city.Lead, city.LeadIndividual));
        // HR filed it, but only the worker takes it back.
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new WithdrawInnovationCommand(id, 0)));
        await app.RunAs(AppRoles.Worker, workerId: city.Lead, enterpriseId: city.EnterpriseA).SendAsync(new WithdrawInnovationCommand(id, 0));
        (await app.QueryAsync(db => db.InnovationEntries.SingleAsync(e => e.Id == id))).Status.ShouldBe(InnovationStatus.Withdrawn);
        var again = await Should.ThrowAsync<Domain.Common.DomainException>(() => app.SendAsync(new WithdrawInnovationCommand(id, 1)));
        again.Code.ShouldBe("innovation.decided");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Submitting_for_someone_out_of_reach_is_forbidden(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();

        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: city.Lead, enterpriseId: city.EnterpriseA)
            .SendAsync(InnovationWorld.Proposal() with { WorkerId = city.Colleague }));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseB)
            .SendAsync(InnovationWorld.Proposal() with { WorkerId = city.Lead }));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Organizer).SendAsync(InnovationWorld.Proposal() with { WorkerId = city.Lead }));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: city.Lead).SendAsync(new GetInnovationFormQuery(city.Colleague)));
        // A federation reviewer assesses; submitting is the worker's or the enterprise's.
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer).SendAsync(InnovationWorld.Proposal() with { WorkerId = city.Lead }));
        (await app.CountAsync<InnovationEntry>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_input_outsiders_and_teams_that_are_not_the_workers_are_refused_by_field(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        app.RunAs(AppRoles.Worker, workerId: city.Lead, enterpriseId: city.EnterpriseA);

        async Task<IReadOnlyDictionary<string, string[]>> Refused(SubmitInnovationCommand command) =>
            (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(command))).Errors;

        var shape = await Refused(new SubmitInnovationCommand { Title = "改进", Description = "太短" });
        shape["Kind"].ShouldBe(["请选择成果类别。"]);
        shape["Title"].ShouldBe(["名称应为 4–200 个字。"]);
        shape.Keys.ShouldContain("Description");
        (await Refused(InnovationWorld.Proposal(coAuthors: [city.Colleague, city.OutsideWorker])))["CoAuthorWorkerIds"]
            .ShouldBe(["完成人须是杭州恒达精密机械有限公司的职工：赵敏。"]);
        (await Refused(InnovationWorld.Proposal(coAuthors: [999999])))["CoAuthorWorkerIds"].ShouldBe(["所选完成人不存在。"]);
        (await Refused(InnovationWorld.Proposal() with { ParticipantId = city.DraftCrewA }))["ParticipantId"].ShouldBe(["只能计入进行中的劳动竞赛。"]);
        (await Refused(InnovationWorld.Proposal() with { ParticipantId = city.CrewB }))["ParticipantId"].ShouldBe(["只能计入本企业的参赛单位。"]);
        (await Refused(InnovationWorld.Proposal() with { CampaignId = city.DraftCampaign, ParticipantId = city.CrewA }))["ParticipantId"]
            .ShouldBe(["所选参赛者不在该劳动竞赛中。"]);
        (await Refused(InnovationWorld.Proposal() with { CampaignId = city.RunningCampaign }))["ParticipantId"].ShouldBe(["请选择计入的参赛单位或个人。"]);
        // The lead's individual entry is theirs alone: a colleague cannot count an entry there.
        app.RunAs(AppRoles.Worker, workerId: city.Colleague, enterpriseId: city.EnterpriseA);
        (await Refused(InnovationWorld.Proposal() with { ParticipantId = city.LeadIndividual }))["ParticipantId"]
            .ShouldBe(["只能计入申报人本人的个人参赛项。"]);
        (await app.CountAsync<InnovationEntry>()).ShouldBe(0);
    }
}
