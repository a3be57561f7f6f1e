using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SkillsLadder.Web.Tests;

/// <summary>The run command's promise: an empty database is migrated and filled with the demo city at first start.</summary>
public sealed class FirstStartTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_empty_database_gets_the_demo_city_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var json = await StartAndReadAsync(database, provider);
        var again = await StartAndReadAsync(database, provider); // a restart must not add a second city

        json.GetProperty("totalCount").GetInt32().ShouldBe(250);
        again.GetProperty("totalCount").GetInt32().ShouldBe(250);
    }

    private static async Task<JsonElement> StartAndReadAsync(TestDatabase database, DatabaseProvider provider)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("Database:Provider", provider.ToString())
            .UseSetting("ConnectionStrings:SkillsLadder", database.ConnectionString)
            .UseSetting("DemoCity:SeedWhenEmpty", "true")
            .UseSetting("DemoCity:Workers", "250"));
        var admin = await factory.ClientAsAsync(AppRoles.Admin);
        return await admin.GetFromJsonAsync<JsonElement>("/api/workers?pageSize=1");
    }
}
