using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Workers;

public sealed class CreateWorkerTests
{
    private static readonly string IdNumber = TestData.IdNumber(new DateOnly(1990, 3, 7), 123);

    private static CreateWorkerCommand Valid(TestData.Directory d) => new()
    {
        FullName = "李建国", NationalIdNumber = IdNumber.ToLowerInvariant(), EnterpriseId = d.EnterpriseId,
        OccupationId = d.OccupationId, HireDate = new DateOnly(2012, 7, 1), IsUnionMember = true,
        SkillLevelId = d.Level("Intermediate").Id, SkillLevelSince = new DateOnly(2018, 5, 20),
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Creates_a_worker_with_identity_facts_and_an_opening_level_entry(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var id = await app.SendAsync(Valid(d));

        var worker = await app.QueryAsync(db => db.Workers.Include(w => w.LevelHistory).SingleAsync(w => w.Id == id));
        worker.NationalIdNumber.ShouldBe(IdNumber);
        worker.BirthDate.ShouldBe(new DateOnly(1990, 3, 7));
        worker.Sex.ShouldBe(Sex.Male);
        worker.CurrentSkillLevelId.ShouldBe(d.Level("Intermediate").Id);
        var entry = worker.LevelHistory.ShouldHaveSingleItem();
        (entry.Reason, entry.EffectiveOn).ShouldBe((LevelChangeReason.Initial, new DateOnly(2018, 5, 20)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_id_number_with_a_wrong_check_digit_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var wrongCheck = IdNumber[..17] + (IdNumber[17] == '0' ? '1' : '0');

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with { NationalIdNumber = wrongCheck }));

        error.Errors["NationalIdNumber"].ShouldHaveSingleItem().ShouldContain("校验位");
        (await app.CountAsync<Worker>()).ShouldBe(0);
        (await app.CountAsync<WorkerLevelChange>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_person_already_in_the_directory_cannot_be_registered_twice(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        await app.SendAsync(Valid(d));

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with { FullName = "李建军" }));

        error.Errors.Keys.ShouldBe(["NationalIdNumber"]);
        (await app.CountAsync<Worker>()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Hiring_before_working_age_is_a_field_error_on_the_hire_date(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with { HireDate = new DateOnly(2005, 1, 1) }));

        error.Errors["HireDate"].ShouldHaveSingleItem().ShouldContain("16");
        (await app.CountAsync<Worker>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Dates_after_today_are_refused_by_the_clock_not_the_calendar(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var tomorrow = DateOnly.FromDateTime(app.Clock.Now.UtcDateTime).AddDays(1);

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(Valid(d) with { HireDate = tomorrow, SkillLevelSince = tomorrow }));

        error.Errors.Keys.ShouldBe(["HireDate", "SkillLevelSince"], ignoreOrder: true);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Unknown_enterprise_and_over_long_name_are_reported_per_field(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var shape = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with { FullName = new string('李', 51) }));
        var reference = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with { EnterpriseId = 777 }));

        shape.Errors.Keys.ShouldBe(["FullName"]);
        reference.Errors.Keys.ShouldBe(["EnterpriseId"]);
    }
}
