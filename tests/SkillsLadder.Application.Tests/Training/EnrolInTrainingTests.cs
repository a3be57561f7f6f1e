using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Training;

/// <summary>Enrolment: by the worker or their enterprise HR, within capacity and before the start, once per worker.</summary>
public sealed class EnrolInTrainingTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Hr_enrols_its_own_workers_but_not_another_enterprises(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var hrA = app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA);
        var id = await hrA.SendAsync(new EnrolInTrainingCommand(city.ProgrammeId, city.Li));
        await Should.ThrowAsync<ForbiddenException>(() => hrA.SendAsync(new EnrolInTrainingCommand(city.ProgrammeId, city.Zhao)));

        var enrolment = await app.QueryAsync(db => db.TrainingEnrolments.SingleAsync());
        (enrolment.Id, enrolment.WorkerId, enrolment.Channel).ShouldBe((id, city.Li, EnrolmentChannel.Enterprise));
        // HR of A sees its worker; the worker of B, enrolled by themself, stays out of A's view.
        await app.EnrolAsync(city, city.Zhao);
        var seen = await app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA).SendAsync(new GetTrainingProgrammeQuery(city.ProgrammeId));
        (seen.Enrolled, seen.Enrolments.Select(e => e.WorkerName).Single()).ShouldBe((2, "李娜"));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_full_programme_refuses_with_the_capacity_and_a_withdrawal_frees_the_place(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync(capacity: 1);
        var zhou = await app.EnrolAsync(city, city.Zhou);

        var full = await Should.ThrowAsync<DomainException>(() => app.EnrolAsync(city, city.Li));
        (full.Code, full.Message).ShouldBe(("training.full", "名额已满（1 人）。"));

        await app.RunAs(AppRoles.Worker, workerId: city.Zhou).SendAsync(new WithdrawEnrolmentCommand(zhou));
        await app.EnrolAsync(city, city.Li);
        (await app.CountAsync<TrainingEnrolment>()).ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_second_enrolment_is_a_conflict_that_names_the_worker(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        await app.EnrolAsync(city, city.Zhou);

        var twice = await Should.ThrowAsync<ConflictException>(() =>
            app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA).SendAsync(new EnrolInTrainingCommand(city.ProgrammeId, city.Zhou)));
        (twice.Code, twice.Message).ShouldBe(("training.duplicate", "周志强已报名该培训项目（已报名）。"));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Enrolment_closes_on_the_first_day(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        app.Clock.Now = new DateTimeOffset(2026, 7, 10, 1, 0, 0, TimeSpan.Zero); // 09:00 in China on the first day

        var late = await Should.ThrowAsync<DomainException>(() => app.EnrolAsync(city, city.Zhou));
        late.Message.ShouldBe("培训已于 2026-07-10 开班，报名已截止。");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_managers_set_up_programmes_and_money_is_kept_in_fen(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        await Should.ThrowAsync<ForbiddenException>(() =>
            app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA).SendAsync(TrainingWorld.Programme()));
        var id = await app.RunAs(AppRoles.Organizer).SendAsync(TrainingWorld.Programme() with { Cost = "1,280.50", Subsidy = "640.25" });

        var saved = await app.FindAsync<TrainingProgramme>(id);
        (saved!.CostFen, saved.SubsidyFen).ShouldBe((128050L, 64025L));
        var bad = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(TrainingWorld.Programme() with { Cost = "12.345" }));
        bad.Errors.Keys.ShouldBe(["Cost"]);
    }
}
