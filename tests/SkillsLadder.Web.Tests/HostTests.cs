using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SkillsLadder.Web.Tests;

public sealed class HostTests(WebApp app) : IClassFixture<WebApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Health_covers_the_database()
    {
        var health = await _client.GetFromJsonAsync<JsonElement>("/health");

        health.GetProperty("status").GetString().ShouldBe("Healthy");
        health.GetProperty("checks").EnumerateArray().ShouldContain(c => c.GetProperty("name").GetString() == "database");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_directory_api()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/enterprises");
        paths.ShouldContain("/api/enterprises/{id}");
        paths.ShouldContain("/api/workers");
        paths.ShouldContain("/api/workers/{id}/certificates");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_competition_api_with_the_idempotency_header()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/competitions", "/api/competitions/{id}/status", "/api/competitions/{id}/scheme", "/api/competitions/{id}/scheme/import",
                     "/api/competitions/{id}/judges", "/api/competitions/{id}/panels", "/api/competitions/{id}/conflicts",
                     "/api/competitions/{id}/entrants", "/api/competitions/{id}/entrants/import", "/api/competitions/{id}/sheets/{panelId}/{entrantId}",
                     "/api/competitions/{id}/disagreements", "/api/competitions/{id}/theory/import",
                 })
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        var save = paths.GetProperty("/api/competitions/{id}/sheets/{panelId}/{entrantId}").GetProperty("put");
        save.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("Idempotency-Key");
    }

    [Fact]
    public async Task An_unknown_page_gets_the_friendly_404_page()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var response = await admin.GetAsync("/Directory/Workers/Details/999999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("您要找的页面或记录不存在");
    }
}

/// <summary>The same host on a real server database (PostgreSQL, SQL Server): migrations apply at start-up and health sees the database.</summary>
public sealed class ServerDatabaseHostTests
{
    [Theory, PostgreSqlData, SqlServerData]
    public async Task The_app_starts_and_is_healthy_on_a_server_database(DatabaseProvider provider)
    {
        await using var app = new WebApp(provider);
        await ((Xunit.IAsyncLifetime)app).InitializeAsync();
        try
        {
            var health = await app.CreateClient().GetFromJsonAsync<JsonElement>("/health");
            health.GetProperty("status").GetString().ShouldBe("Healthy");
            var admin = await app.ClientAsAsync(AppRoles.Admin);
            (await admin.GetStringAsync("/Directory/Enterprises")).ShouldContain("杭州钱塘电气有限公司");
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)app).DisposeAsync();
        }
    }
}
