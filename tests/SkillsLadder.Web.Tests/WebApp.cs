using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Web.Tests;

/// <summary>The real web host on a fresh database of its own, with one enterprise to work with.</summary>
public class WebApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseProvider _provider;
    private TestDatabase _database = null!;

    public WebApp() : this(DatabaseProvider.Sqlite) { }

    /// <summary>Not public: xunit builds class fixtures through their one public constructor.</summary>
    internal WebApp(DatabaseProvider provider) => _provider = provider;

    public int IndustryId { get; private set; }
    public int OccupationId { get; private set; }
    public int EnterpriseId { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(_provider);
        await using var db = _database.CreateContext();
        var industry = new Industry("C38", "电气机械和器材制造业");
        var occupation = new Occupation("6-31-01-03", "电工");
        db.AddRange(industry, occupation);
        await db.SaveChangesAsync();
        var enterprise = new Enterprise("杭州钱塘电气有限公司", TestData.CreditCode(100), industry.Id, "钱塘区", null);
        db.Add(enterprise);
        await db.SaveChangesAsync();
        (IndustryId, OccupationId, EnterpriseId) = (industry.Id, occupation.Id, enterprise.Id);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("ConnectionStrings:SkillsLadder", _database.ConnectionString);
        builder.UseSetting("DemoCity:SeedWhenEmpty", "false");
        // Tests sign in many accounts from one address; the limit itself is tested with its own host.
        builder.UseSetting("RateLimiting:SignInsPerMinute", "10000");
        // No background jobs racing the requests a test makes: the job engine is tested by its own hosts (Jobs/).
        builder.UseSetting("Jobs:Enabled", "false");
    }

    public async Task<T> WithDbAsync<T>(Func<SkillsLadderDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public static class PageForms
{
    private static readonly Regex Token = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");

    /// <summary>Loads a form page and posts it back with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token.Match(page).Groups[1].Value };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) => client.PostAsJsonAsync(url, body);
}
