using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Studios;
using SkillsLadder.Application.Tests.Ladder;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Studios;

/// <summary>A studio of enterprise A led by 周志强, named by the federation on 2025-03-01; the clock reads 2026-06-30.</summary>
public sealed class StudioTests
{
    private sealed record World(LadderWorld.City City, int Lead, int Member, int Outsider, int Studio);

    private static async Task<World> WorldAsync(TestApp app)
    {
        var city = await app.CreateCityAsync();
        var since = new DateOnly(2022, 1, 1);
        var lead = await app.WorkerAsync(city, "SeniorTechnician", since, name: "周志强");
        var member = await app.WorkerAsync(city, "Senior", since, name: "李娜");
        var outsider = await app.WorkerAsync(city, "Senior", since, enterpriseId: city.OtherEnterpriseId, name: "赵敏");
        var studio = await app.RunAs(AppRoles.HrReviewer).SendAsync(new CreateStudioCommand
        {
            Name = "周志强劳模创新工作室", Kind = StudioKind.ModelWorkerCraftsman, EnterpriseId = city.D.EnterpriseId, LeadWorkerId = lead,
            FoundedOn = new DateOnly(2025, 3, 1),
        });
        return new World(city, lead, member, outsider, studio);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_second_review_in_the_same_year_is_refused_and_savings_are_kept_to_the_fen(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await WorldAsync(app);
        app.RunAs(AppRoles.HrReviewer, enterpriseId: w.City.D.EnterpriseId);
        await app.SendAsync(new JoinStudioCommand(w.Studio, w.Member, new DateOnly(2025, 4, 1)));
        var project = await app.SendAsync(new AddStudioProjectCommand(w.Studio, "数控刀具寿命提升", new DateOnly(2025, 5, 1)));
        (await app.SendAsync(new RecordStudioProjectResultsCommand(w.Studio, project, 2, 3, "¥12,345.67", new DateOnly(2025, 11, 30)))).ShouldBe(1_234_567L);
        (await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new RecordStudioProjectResultsCommand(w.Studio, project, 2, 3, "0.001", null)))).Errors.Keys.ShouldBe(["Savings"]);
        // Enterprise HR keeps the roll but does not review.
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ReviewStudioCommand(w.Studio, 2025, StudioReviewGrade.Good, null)));

        app.RunAs(AppRoles.HrReviewer, userName: "federation");
        await app.SendAsync(new ReviewStudioCommand(w.Studio, 2025, StudioReviewGrade.Excellent, "攻关成效显著。"));
        var twice = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new ReviewStudioCommand(w.Studio, 2025, StudioReviewGrade.Pass, null)));
        (twice.Code, twice.Message).ShouldBe(("studio.reviewed", "2025 年度已考核。"));

        var studio = await app.RunAs(AppRoles.Worker, workerId: w.Outsider).SendAsync(new GetStudioQuery(w.Studio));
        (studio.Reviews.Single().Grade, studio.Reviews.Single().ReviewedBy, studio.Members.Single().FullName, studio.Projects.Single().SavingsFen, studio.MayKeepRecords)
            .ShouldBe((StudioReviewGrade.Excellent, "federation", "李娜", 1_234_567L, false));

        var listed = (await app.SendAsync(new ListStudiosQuery())).Items.Single();
        (listed.Members, listed.Projects, listed.LatestReviewYear, listed.LatestReviewGrade).ShouldBe((1, 1, 2025, StudioReviewGrade.Excellent));
        var report = await app.RunAs(AppRoles.Organizer).SendAsync(new GetStudioOutputReportQuery(2025, 2026));
        report.Rows.Single().ShouldBe(new StudioOutputRow(w.Studio, "周志强劳模创新工作室", "杭州恒达精密机械有限公司", 2025, 1, 2, 3, 1_234_567L));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_the_federation_names_studios_and_members_come_from_the_studios_enterprise(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var w = await WorldAsync(app);
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: w.City.D.EnterpriseId).SendAsync(new CreateStudioCommand
        {
            Name = "另一个工作室", EnterpriseId = w.City.D.EnterpriseId, LeadWorkerId = w.Member, FoundedOn = new DateOnly(2026, 1, 1),
        }));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: w.City.OtherEnterpriseId)
            .SendAsync(new JoinStudioCommand(w.Studio, w.Outsider, new DateOnly(2026, 1, 1))));
        (await Should.ThrowAsync<RequestValidationException>(() => app.RunAs(AppRoles.Admin)
            .SendAsync(new JoinStudioCommand(w.Studio, w.Outsider, new DateOnly(2026, 1, 1))))).Errors["WorkerId"].ShouldBe(["该职工不在工作室所在企业。"]);

        // A member who becomes lead leaves the roll that day.
        app.RunAs(AppRoles.Admin);
        await app.SendAsync(new JoinStudioCommand(w.Studio, w.Member, new DateOnly(2026, 1, 1)));
        await app.SendAsync(new ChangeStudioLeadCommand(w.Studio, w.Member));
        var studio = await app.SendAsync(new GetStudioQuery(w.Studio));
        (studio.LeadName, studio.Members.Single().LeftOn).ShouldBe(("李娜", new DateOnly(2026, 6, 30)));
        (await app.QueryAsync(db => db.StudioMembers.CountAsync())).ShouldBe(1);
    }
}
