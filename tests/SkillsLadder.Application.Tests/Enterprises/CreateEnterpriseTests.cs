using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Tests.Enterprises;

public sealed class CreateEnterpriseTests
{
    private static CreateEnterpriseCommand Valid(TestData.Directory d, int serial = 2) => new()
    {
        Name = " 杭州钱江电气集团有限公司 ", CreditCode = TestData.CreditCode(serial).ToLowerInvariant(),
        IndustryId = d.IndustryId, District = "萧山区", Address = "",
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Creates_an_enterprise_with_trimmed_name_and_upper_case_code(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var id = await app.SendAsync(Valid(d));

        var saved = (await app.FindAsync<Enterprise>(id))!;
        saved.Name.ShouldBe("杭州钱江电气集团有限公司");
        saved.CreditCode.ShouldBe(TestData.CreditCode(2));
        saved.Address.ShouldBeNull();
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_fields_are_all_reported_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with
        {
            Name = new string('厂', Enterprise.NameMaxLength + 1), CreditCode = "91350100M000100Y44", IndustryId = 0, District = "",
        }));

        error.Errors.Keys.ShouldBe(["Name", "CreditCode", "IndustryId", "District"], ignoreOrder: true);
        error.Errors["CreditCode"].ShouldHaveSingleItem().ShouldContain("校验位");
        (await app.CountAsync<Enterprise>()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_credit_code_already_registered_is_a_field_error_naming_the_holder(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d, serial: 1)));

        error.Errors["CreditCode"].ShouldHaveSingleItem().ShouldContain("杭州恒达精密机械有限公司");
        (await app.CountAsync<Enterprise>()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_unknown_industry_is_a_field_error(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Valid(d) with { IndustryId = 999 }));

        error.Errors.Keys.ShouldBe(["IndustryId"]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_unique_index_backs_the_handler_check(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        var race = await Should.ThrowAsync<DbUpdateException>(() =>
            app.InsertAsync(new Enterprise("另一家公司", TestData.CreditCode(1), d.IndustryId, "滨江区", null)));

        DbErrors.IsUniqueViolation(race).ShouldBeTrue();
    }
}
