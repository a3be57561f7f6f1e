using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Application.Tests.Enterprises;

public sealed class EditEnterpriseTests
{
    private static EditEnterpriseCommand From(EnterpriseDetails e) => new()
    {
        Id = e.Id, Version = e.Version, Name = e.Name, CreditCode = e.CreditCode,
        IndustryId = e.IndustryId, District = e.District, Address = e.Address,
    };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_edit_saves_and_moves_the_version_on(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var before = await app.SendAsync(new GetEnterpriseQuery(d.EnterpriseId));

        await app.SendAsync(From(before) with { Name = "杭州恒达精密机械股份有限公司" });

        var after = await app.SendAsync(new GetEnterpriseQuery(d.EnterpriseId));
        after.Name.ShouldBe("杭州恒达精密机械股份有限公司");
        after.Version.ShouldBe(before.Version + 1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_edit_over_someone_elses_newer_edit_is_a_conflict_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var seenByBoth = await app.SendAsync(new GetEnterpriseQuery(d.EnterpriseId));
        await app.SendAsync(From(seenByBoth) with { District = "西湖区" });

        var conflict = await Should.ThrowAsync<ConflictException>(() => app.SendAsync(From(seenByBoth) with { District = "拱墅区" }));

        conflict.Code.ShouldBe("stale_version");
        (await app.FindAsync<Enterprise>(d.EnterpriseId))!.District.ShouldBe("西湖区");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Editing_a_missing_enterprise_is_not_found(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();

        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new EditEnterpriseCommand
        {
            Id = 4242, Name = "某公司", CreditCode = TestData.CreditCode(9), IndustryId = d.IndustryId, District = "滨江区",
        }));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_list_searches_name_or_code_prefix_and_escapes_wildcards(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        await app.SendAsync(new CreateEnterpriseCommand
        {
            Name = "杭州100%新材料有限公司", CreditCode = TestData.CreditCode(2), IndustryId = d.IndustryId, District = "钱塘区",
        });

        (await app.SendAsync(new ListEnterprisesQuery { Search = "恒达" })).Items.ShouldHaveSingleItem().Name.ShouldContain("恒达");
        (await app.SendAsync(new ListEnterprisesQuery { Search = "%" })).Items.ShouldHaveSingleItem().Name.ShouldContain("100%");
        // "[" opens a character class in SQL Server's LIKE: escaped, "[新]" is text, and nothing is called that.
        (await app.SendAsync(new ListEnterprisesQuery { Search = "[新]" })).TotalCount.ShouldBe(0);
        (await app.SendAsync(new ListEnterprisesQuery { Search = "913301000000000" })).TotalCount.ShouldBe(2);
        var page = await app.SendAsync(new ListEnterprisesQuery { PageSize = 1, Page = 2 });
        (page.TotalCount, page.PageCount, page.Items.Count).ShouldBe((2, 2, 1));

        await app.SendAsync(new CreateEnterpriseCommand
        {
            Name = "杭州[新]材料有限公司", CreditCode = TestData.CreditCode(3), IndustryId = d.IndustryId, District = "钱塘区",
        });
        (await app.SendAsync(new ListEnterprisesQuery { Search = "[新]" })).Items.ShouldHaveSingleItem().Name.ShouldBe("杭州[新]材料有限公司");
    }
}
