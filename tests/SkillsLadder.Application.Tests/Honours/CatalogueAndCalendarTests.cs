using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Tests.Honours;

/// <summary>The honour catalogue (admins edit, HR and organizers read) and the working calendar (admins).</summary>
public sealed class CatalogueAndCalendarTests
{
    private static CreateHonourTypeCommand Craftsman(string bonus = "1500.5") => new()
    {
        Name = "区首席技师", Level = HonourLevel.City, ValidityYears = 3, BonusYuan = bonus, CountsTowardCraftsman = true,
        NeedsSecondApproval = true, NoticeWorkingDays = 7, Description = "区级技能领军人才",
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bonus_in_yuan_is_stored_as_exact_fen_and_bad_amounts_are_refused_with_the_field(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.SendAsync(Craftsman("1500.5"));
        var stored = (await app.FindAsync<HonourType>(id))!;
        (stored.BonusFen, stored.NoticeWorkingDays, stored.NeedsSecondApproval, stored.IsActive).ShouldBe((150050L, 7, true, true));
        (await app.SendAsync(new GetHonourTypeQuery(id))).BonusYuan.ShouldBe("1500.50");
        Yuan.TryParseFen("0.07", out var fen).ShouldBeTrue();
        fen.ShouldBe(7L);

        var before = await app.CountAsync<HonourType>();
        foreach (var bad in new[] { "12.345", "-1", "1e3", "1,000", "12.", "abc" })
        {
            var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Craftsman(bad) with { Name = "新称号" + bad }));
            error.Errors["BonusYuan"].Single().ShouldBe("奖金请以元为单位填写，最多两位小数，例如 20000 或 1500.50。");
        }
        var duplicate = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Craftsman()));
        duplicate.Errors["Name"].Single().ShouldBe("荣誉目录中已有“区首席技师”。");
        (await app.CountAsync<HonourType>()).ShouldBe(before);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_stale_edit_is_refused_and_a_deactivated_title_takes_no_new_nominations(DatabaseProvider provider)
    {
        await using var world = await HonoursWorld.StartAsync(provider);
        var app = world.AsAdmin().App;
        var id = await app.SendAsync(Craftsman());
        var seen = await app.SendAsync(new GetHonourTypeQuery(id));
        var edit = new EditHonourTypeCommand
        {
            Id = id, Version = seen.Version, Name = "区首席技师", Level = HonourLevel.City, BonusYuan = "20000", NoticeWorkingDays = 5,
            CountsTowardCraftsman = true,
        };
        await app.SendAsync(edit);
        (await app.FindAsync<HonourType>(id))!.BonusFen.ShouldBe(2_000_000L);
        (await Should.ThrowAsync<ConflictException>(() => app.SendAsync(edit with { BonusYuan = "1" }))).Code.ShouldBe("stale_version");
        (await app.FindAsync<HonourType>(id))!.BonusFen.ShouldBe(2_000_000L);

        await app.SendAsync(new DeactivateHonourTypeCommand(id, seen.Version + 1));
        (await app.SendAsync(new ListHonourTypesQuery(ActiveOnly: true))).ShouldNotContain(h => h.Id == id);
        var worker = await world.WorkerAsync("孙敏");
        world.AsHr();
        var refused = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new NominateWorkerCommand
            { WorkerId = worker.Id, HonourTypeId = id, Evidence = "连续三年攻克数控加工关键工艺难题。" }));
        refused.Errors["HonourTypeId"].Single().ShouldBe("荣誉“区首席技师”已停用。");
        (await app.CountAsync<Nomination>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_admins_edit_the_catalogue_while_hr_and_organizers_read_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var role in new[] { AppRoles.Organizer, AppRoles.HrReviewer })
        {
            app.RunAs(role, enterpriseId: role == AppRoles.HrReviewer ? 1 : null);
            (await app.SendAsync(new ListHonourTypesQuery())).ShouldContain(h => h.Name == "市工匠" && h.BonusFen == 2_000_000);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Craftsman()));
        }
        app.RunAs(AppRoles.Worker, workerId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListHonourTypesQuery()));
        (await app.QueryAsync(db => db.HonourTypes.CountAsync(h => h.Name == "区首席技师"))).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Calendar_keeps_weekday_holidays_and_weekend_make_up_days_and_refuses_days_that_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.SendAsync(new AddCalendarDayCommand { Date = new DateOnly(2026, 10, 1), Name = "国庆节" });
        await app.SendAsync(new AddCalendarDayCommand { Date = new DateOnly(2026, 10, 10), IsWorkingDay = true, Name = "国庆调休上班" });
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AddCalendarDayCommand { Date = new DateOnly(2026, 10, 4), Name = "周日" })))
            .Errors["Date"].Single().ShouldBe("节假日应是周一至周五；周末本来就休息。");
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new AddCalendarDayCommand { Date = new DateOnly(2026, 10, 1), Name = "重复" })))
            .Errors["Date"].Single().ShouldBe("2026-10-01 已在日历中；如需更改，请先删除。");
        (await app.SendAsync(new ListCalendarDaysQuery(2026))).ShouldBe(
            [new CalendarDayDto(new DateOnly(2026, 10, 1), false, "国庆节"), new CalendarDayDto(new DateOnly(2026, 10, 10), true, "国庆调休上班")]);
        (await app.SendAsync(new ListCalendarDaysQuery(2027))).ShouldBeEmpty();

        await app.SendAsync(new RemoveCalendarDayCommand(new DateOnly(2026, 10, 10)));
        (await app.SendAsync(new ListCalendarDaysQuery(2026))).Select(d => d.Name).ShouldBe(["国庆节"]);
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new RemoveCalendarDayCommand(new DateOnly(2026, 10, 10))));
        app.RunAs(AppRoles.HrReviewer);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new RemoveCalendarDayCommand(new DateOnly(2026, 10, 1))));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListCalendarDaysQuery(2026)));
        (await app.CountAsync<CalendarDay>()).ShouldBe(1);
    }
}
