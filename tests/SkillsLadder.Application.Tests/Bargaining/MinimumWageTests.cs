using SkillsLadder.Application.Features.Bargaining;

namespace SkillsLadder.Application.Tests.Bargaining;

public sealed class MinimumWageTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Standards_are_kept_in_exact_fen_by_area_with_the_one_in_force_marked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.SendAsync(new AddMinimumWageCommand { Area = "杭州一类区", Monthly = "2,280.5", EffectiveFrom = new DateOnly(2021, 8, 1) });
        await app.SendAsync(new AddMinimumWageCommand { Area = "杭州一类区", Monthly = "￥2490", EffectiveFrom = new DateOnly(2025, 1, 1) });
        await app.SendAsync(new AddMinimumWageCommand { Area = "杭州一类区", Monthly = "2600", EffectiveFrom = new DateOnly(2027, 1, 1) });
        await app.SendAsync(new AddMinimumWageCommand { Area = "衢州三类区", Monthly = "2010.00", EffectiveFrom = new DateOnly(2025, 1, 1) });

        app.RunAs(AppRoles.HrReviewer, enterpriseId: 1);
        var table = await app.SendAsync(new ListMinimumWagesQuery("杭州一类区"));

        table.Select(w => (w.MonthlyFen, w.InForce)).ShouldBe([(260000L, false), (249000L, true), (228050L, false)]);
        table[2].MonthlyYuan.ShouldBe("2,280.50");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_second_standard_for_the_same_area_and_date_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.SendAsync(new AddMinimumWageCommand { Area = "杭州一类区", Monthly = "2490", EffectiveFrom = new DateOnly(2025, 1, 1) });

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new AddMinimumWageCommand { Area = " 杭州一类区 ", Monthly = "2500", EffectiveFrom = new DateOnly(2025, 1, 1) }));

        error.Errors["EffectiveFrom"].ShouldHaveSingleItem().ShouldContain("已录入");
        (await app.CountAsync<Domain.Pay.MinimumWage>()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Money_text_with_more_than_two_decimals_or_letters_is_a_field_error(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var text in new[] { "2490.001", "两千", "-5", "" })
        {
            var error = await Should.ThrowAsync<RequestValidationException>(() =>
                app.SendAsync(new AddMinimumWageCommand { Area = "杭州一类区", Monthly = text, EffectiveFrom = new DateOnly(2025, 1, 1) }));
            error.Errors["Monthly"].ShouldHaveSingleItem().ShouldContain("最多两位小数");
        }
        var zero = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new AddMinimumWageCommand { Area = "杭州一类区", Monthly = "0", EffectiveFrom = new DateOnly(2025, 1, 1) }));
        zero.Errors["Monthly"].ShouldHaveSingleItem().ShouldContain("应大于 0");
        (await app.CountAsync<Domain.Pay.MinimumWage>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_admins_edit_the_table_and_workers_and_judges_do_not_read_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var add = new AddMinimumWageCommand { Area = "杭州一类区", Monthly = "2490", EffectiveFrom = new DateOnly(2025, 1, 1) };
        foreach (var role in new[] { AppRoles.Organizer, AppRoles.HrReviewer })
        {
            app.RunAs(role);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(add));
            (await app.SendAsync(new ListPostClassesQuery())).Select(c => c.FloorPercent).ShouldBe([105, 120, 150, 200]);
        }
        foreach (var role in new[] { AppRoles.Worker, AppRoles.Judge })
        {
            app.RunAs(role, workerId: 1);
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListMinimumWagesQuery()));
            await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListPostClassesQuery()));
        }
    }
}
