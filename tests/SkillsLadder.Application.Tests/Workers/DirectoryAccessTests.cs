using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Workers;

/// <summary>Resource checks live in the handlers: each role reaches exactly its part of the directory.</summary>
public sealed class DirectoryAccessTests
{
    private static async Task<(TestData.Directory D, int OtherEnterprise, int Ours, int Theirs)> CityAsync(TestApp app)
    {
        var d = await app.SeedDirectoryAsync();
        var other = new Enterprise("宁波港联机械有限公司", TestData.CreditCode(2), d.IndustryId, "北仑区", null);
        await app.InsertAsync(other);
        var ours = await app.SendAsync(Worker(d.EnterpriseId, d, 11));
        var theirs = await app.SendAsync(Worker(other.Id, d, 13));
        return (d, other.Id, ours, theirs);
    }

    private static CreateWorkerCommand Worker(int enterpriseId, TestData.Directory d, int sequence) => new()
    {
        FullName = $"职工{sequence}", NationalIdNumber = TestData.IdNumber(new DateOnly(1990, 1, 1), sequence),
        EnterpriseId = enterpriseId, OccupationId = d.OccupationId, HireDate = new DateOnly(2012, 1, 1),
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_worker_reads_their_own_record_and_nobody_elses(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (_, _, ours, theirs) = await CityAsync(app);

        app.RunAs(AppRoles.Worker, workerId: ours);
        (await app.SendAsync(new GetWorkerQuery(ours))).IdNumberMasked.ShouldBeFalse();
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetWorkerQuery(theirs)));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListWorkersQuery()));
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetWorkerQuery(99999)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enterprise_hr_sees_and_edits_only_their_enterprise(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (d, other, ours, theirs) = await CityAsync(app);

        app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId);
        (await app.SendAsync(new ListWorkersQuery())).Items.ShouldHaveSingleItem().Id.ShouldBe(ours);
        (await app.SendAsync(new ListEnterprisesQuery())).Items.ShouldHaveSingleItem().Id.ShouldBe(d.EnterpriseId);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetWorkerQuery(theirs)));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetEnterpriseQuery(other)));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Worker(other, d, 15)));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new CreateEnterpriseCommand
        {
            Name = "新设企业有限公司", CreditCode = TestData.CreditCode(3), IndustryId = d.IndustryId, District = "滨江区",
        }));
        (await app.SendAsync(Worker(d.EnterpriseId, d, 17))).ShouldBeGreaterThan(0);
        (await app.CountAsync<Worker>()).ShouldBe(3);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Judges_and_anonymous_callers_have_no_directory(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (_, _, ours, _) = await CityAsync(app);

        foreach (var role in new[] { AppRoles.Judge, null })
        {
            app.RunAs(role);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListEnterprisesQuery()));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetWorkerQuery(ours)));
        }
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Every_change_to_a_person_is_audited_with_who_and_before_and_after(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (d, _, ours, _) = await CityAsync(app);
        var before = await app.SendAsync(new GetWorkerQuery(ours));

        await app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId).SendAsync(new EditWorkerCommand
        {
            Id = ours, Version = before.Version, FullName = "职工改名", EnterpriseId = d.EnterpriseId,
            OccupationId = d.OccupationId, HireDate = before.HireDate, IsUnionMember = true,
        });

        var log = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(a => a.EntityType == nameof(Worker) && a.EntityId == ours.ToString()).OrderBy(a => a.Id)));
        log.Select(a => a.Action).ShouldBe(["Created", "Updated"]);
        log[0].Actor.ShouldBe("test-admin");
        var update = log[1];
        update.Actor.ShouldBe("test-hrreviewer");
        update.Before!.ShouldContain("职工11");
        update.After!.ShouldContain("职工改名");
        update.After!.ShouldNotContain("HireDate"); // only what changed
        update.At.ShouldBe(app.Clock.Now.UtcDateTime);
    }
}
