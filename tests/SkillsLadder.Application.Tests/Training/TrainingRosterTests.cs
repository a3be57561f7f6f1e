using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Training;

/// <summary>The attendance roster: every cell checked first, refusals by worker and day, nothing half-saved; results after it.</summary>
public sealed class TrainingRosterTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Thirteen_hours_in_a_day_refuses_the_whole_sheet_naming_the_worker_and_day(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var zhou = await app.EnrolAsync(city, city.Zhou);
        var li = await app.EnrolAsync(city, city.Li);
        await app.SendAsync(new SaveTrainingRosterCommand(city.ProgrammeId, [new(zhou, TrainingWorld.StartsOn, "8")]));

        var day2 = TrainingWorld.StartsOn.AddDays(1);
        var refused = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new SaveTrainingRosterCommand(city.ProgrammeId,
        [
            new(zhou, TrainingWorld.StartsOn, "6"), new(li, TrainingWorld.StartsOn, "7.5"), new(li, day2, "13"), new(zhou, day2, "4.25"),
        ])));
        refused.Errors["Cells"].ShouldBe(
        [
            "李娜 2026-07-11：每天学时应在 0–12 之间。",
            "周志强 2026-07-11：学时“4.25”无效，应为数字，最多一位小数。",
        ]);

        var roster = await app.SendAsync(new GetTrainingRosterQuery(city.ProgrammeId));
        roster.Rows.Select(r => (r.WorkerName, r.AttendedHours, string.Join(",", r.Hours.Values))).ShouldBe([("周志强", 8m, "8"), ("李娜", 0m, "")]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_managers_keep_the_roster(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var zhou = await app.EnrolAsync(city, city.Zhou);
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA)
            .SendAsync(new SaveTrainingRosterCommand(city.ProgrammeId, TrainingWorld.FullWeek(zhou))));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: city.Zhou).SendAsync(new GetTrainingRosterQuery(city.ProgrammeId)));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_pass_with_attendance_completes_with_a_certificate_and_short_attendance_fails_with_the_reason(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateTrainingCityAsync();
        var zhou = await app.EnrolAsync(city, city.Zhou);
        var li = await app.EnrolAsync(city, city.Li);
        var cells = TrainingWorld.FullWeek(zhou).Concat([new RosterCell(li, TrainingWorld.StartsOn, "7.5"), new RosterCell(li, TrainingWorld.StartsOn.AddDays(1), "8")]);
        (await app.SendAsync(new SaveTrainingRosterCommand(city.ProgrammeId, cells.ToList()))).ShouldBe(7);
        app.Clock.Now = new DateTimeOffset(2026, 7, 15, 2, 0, 0, TimeSpan.Zero);

        await app.SendAsync(new RecordTrainingResultCommand { EnrolmentId = zhou, Passed = true, Score = "86.5", Version = 1 });
        await app.SendAsync(new RecordTrainingResultCommand { EnrolmentId = li, Passed = true, Version = 1 });

        var programme = await app.SendAsync(new GetTrainingProgrammeQuery(city.ProgrammeId));
        programme.Enrolments.Select(e => (e.WorkerName, e.Status, e.CertificateNumber, e.FailureReason)).ShouldBe(
        [
            ("周志强", EnrolmentStatus.Completed, $"PX2026{city.ProgrammeId:D5}0001", null),
            ("李娜", EnrolmentStatus.Failed, null, "出勤 15.5 学时，不足要求的 32 学时"),
        ]);
        var certificate = await app.RunAs(AppRoles.Worker, workerId: city.Zhou).SendAsync(new GetTrainingCertificateQuery(zhou));
        (certificate.CompletedOn, certificate.Score, certificate.AttendedHours).ShouldBe((new DateOnly(2026, 7, 15), (int?)8650, 40m));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: city.Li).SendAsync(new GetTrainingCertificateQuery(zhou)));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseB).SendAsync(new GetTrainingCertificateQuery(zhou)));
        await Should.ThrowAsync<NotFoundException>(() => app.RunAs(AppRoles.Admin).SendAsync(new GetTrainingCertificateQuery(li)));
        (await app.QueryAsync(db => db.TrainingEnrolments.CountAsync(e => e.CertificateNumber != null))).ShouldBe(1);
    }
}
