using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Workers;

/// <summary>The highest diploma is kept on the worker: some ladder routes accept it in place of years.</summary>
public sealed class WorkerEducationTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Education_is_recorded_on_create_changed_on_edit_and_an_unknown_value_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var id = await app.SendAsync(new CreateWorkerCommand
        {
            FullName = "郑晓燕", NationalIdNumber = TestData.IdNumber(new DateOnly(1995, 9, 9), 202), EnterpriseId = d.EnterpriseId,
            OccupationId = d.OccupationId, HireDate = new DateOnly(2016, 7, 1), Education = Education.TechnicianCollege,
        });
        var created = await app.SendAsync(new GetWorkerQuery(id));
        created.Education.ShouldBe(Education.TechnicianCollege);

        var edit = new EditWorkerCommand
        {
            Id = id, Version = created.Version, FullName = created.FullName, EnterpriseId = d.EnterpriseId, OccupationId = d.OccupationId,
            HireDate = created.HireDate, Education = Education.Bachelor,
        };
        var bad = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(edit with { Education = (Education)99 }));
        bad.Errors["Education"].ShouldBe(["请选择学历。"]);
        await app.SendAsync(edit);

        (await app.SendAsync(new GetWorkerQuery(id))).Education.ShouldBe(Education.Bachelor);
        EducationNames.Zh(Education.Bachelor).ShouldBe("本科及以上");
    }
}
