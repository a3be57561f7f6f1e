using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Workers;

public sealed class AddCertificateTests
{
    private static async Task<int> WorkerAsync(TestApp app, TestData.Directory d) => await app.SendAsync(new CreateWorkerCommand
    {
        FullName = "陈静", NationalIdNumber = TestData.IdNumber(new DateOnly(1992, 8, 8), 24), EnterpriseId = d.EnterpriseId,
        OccupationId = d.OccupationId, HireDate = new DateOnly(2012, 9, 1),
        SkillLevelId = d.Level("Intermediate").Id, SkillLevelSince = new DateOnly(2017, 6, 1),
    });

    private static AddCertificateCommand Certificate(int workerId, TestData.Directory d, string level, int grade, DateOnly issued, int serial = 1) => new()
    {
        WorkerId = workerId, Number = TestData.CertificateNumber('S', grade, serial), SkillLevelId = d.Level(level).Id,
        IssuedOn = issued, Issuer = "杭州市职业技能鉴定指导中心",
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_newer_certificate_raises_the_level_and_a_backdated_one_does_not_lower_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var workerId = await WorkerAsync(app, d);

        await app.SendAsync(Certificate(workerId, d, "Senior", 3, new DateOnly(2022, 3, 1), serial: 1));
        await app.SendAsync(Certificate(workerId, d, "Junior", 5, new DateOnly(2014, 3, 1), serial: 2));

        var worker = await app.SendAsync(new GetWorkerQuery(workerId));
        worker.CurrentSkillLevelId.ShouldBe(d.Level("Senior").Id);
        worker.LevelHistory.Select(h => h.EffectiveOn).ShouldBe([new(2014, 3, 1), new(2017, 6, 1), new(2022, 3, 1)]);
        worker.Certificates.Count.ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_number_naming_another_grade_is_a_field_error_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var workerId = await WorkerAsync(app, d);

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(Certificate(workerId, d, "Senior", grade: 2, new DateOnly(2022, 3, 1))));

        error.Errors["Number"].ShouldHaveSingleItem().ShouldContain("不符");
        (await app.CountAsync<SkillCertificate>()).ShouldBe(0);
        (await app.CountAsync<WorkerLevelChange>()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_certificate_number_is_registered_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var workerId = await WorkerAsync(app, d);
        await app.SendAsync(Certificate(workerId, d, "Senior", 3, new DateOnly(2022, 3, 1)));

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(Certificate(workerId, d, "Senior", 3, new DateOnly(2022, 3, 1))));

        error.Errors.Keys.ShouldBe(["Number"]);
    }
}
