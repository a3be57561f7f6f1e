using SkillsLadder.Application.Features.Workers;

namespace SkillsLadder.Application.Tests.Workers;

/// <summary>ID numbers are whole only for their owner and admins, in the list and the detail alike.</summary>
public sealed class WorkerReadTests
{
    private static async Task<(int Id, string IdNumber)> CreateAsync(TestApp app, TestData.Directory d, string name, int sequence)
    {
        var idNumber = TestData.IdNumber(new DateOnly(1988, 1, 15), sequence);
        var id = await app.SendAsync(new CreateWorkerCommand
        {
            FullName = name, NationalIdNumber = idNumber, EnterpriseId = d.EnterpriseId,
            OccupationId = d.OccupationId, HireDate = new DateOnly(2010, 1, 1),
        });
        return (id, idNumber);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Readers_other_than_owner_and_admins_see_masked_numbers_and_no_birth_date(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var (id, idNumber) = await CreateAsync(app, d, "王芳", 2);

        var details = await app.RunAs(AppRoles.Organizer).SendAsync(new GetWorkerQuery(id));
        var listed = (await app.SendAsync(new ListWorkersQuery())).Items.ShouldHaveSingleItem();

        details.NationalIdNumber.ShouldBe(idNumber[..3] + new string('*', 11) + idNumber[14..]);
        details.IdNumberMasked.ShouldBeTrue();
        details.BirthDate.ShouldBeNull();
        details.BirthYear.ShouldBe(1988);
        listed.NationalIdNumber.ShouldBe(details.NationalIdNumber);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_owner_and_admins_see_the_whole_number_but_organizers_do_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var (ownerId, idNumber) = await CreateAsync(app, d, "王芳", 2);
        var (otherId, _) = await CreateAsync(app, d, "赵强", 3);

        (await app.RunAs(AppRoles.Worker, ownerId).SendAsync(new GetWorkerQuery(ownerId))).NationalIdNumber.ShouldBe(idNumber);
        (await app.RunAs(AppRoles.Organizer).SendAsync(new GetWorkerQuery(ownerId))).IdNumberMasked.ShouldBeTrue();
        var admin = await app.RunAs(AppRoles.Admin).SendAsync(new GetWorkerQuery(ownerId));
        (admin.NationalIdNumber, admin.BirthDate).ShouldBe((idNumber, new DateOnly(1988, 1, 15)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_admins_can_find_a_person_by_whole_id_number(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var (_, idNumber) = await CreateAsync(app, d, "王芳", 2);
        await CreateAsync(app, d, "赵强", 3);

        (await app.RunAs(AppRoles.Admin).SendAsync(new ListWorkersQuery { Search = idNumber })).Items.ShouldHaveSingleItem().FullName.ShouldBe("王芳");
        (await app.RunAs(AppRoles.Organizer).SendAsync(new ListWorkersQuery { Search = idNumber })).TotalCount.ShouldBe(0);
        (await app.RunAs(AppRoles.HrReviewer).SendAsync(new ListWorkersQuery { Search = "强" })).Items.ShouldHaveSingleItem().FullName.ShouldBe("赵强");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_missing_worker_is_not_found(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var error = await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetWorkerQuery(31337)));

        error.Entity.ShouldBe("Worker");
    }
}
