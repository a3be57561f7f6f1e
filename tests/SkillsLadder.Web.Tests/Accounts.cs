using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Tests;

/// <summary>Real accounts in the test database, signed in through the real token endpoint.</summary>
public static class Accounts
{
    public const string Password = "test-pass-2026";

    public static async Task<AppUser> CreateUserAsync(this WebApplicationFactory<Program> app, string role, int? workerId = null, int? enterpriseId = null, string? userName = null)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24], DisplayName = $"测试{role}", WorkerId = workerId, EnterpriseId = enterpriseId };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    public static async Task<string> TokenAsync(this WebApplicationFactory<Program> app, string userName, string password = Password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client that carries a bearer token for an existing account.</summary>
    public static async Task<HttpClient> TokenClientAsync(this WebApplicationFactory<Program> app, string userName)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(userName));
        return client;
    }

    /// <summary>A client that carries a bearer token for a new account in the role; it works for pages and the API alike.</summary>
    public static async Task<HttpClient> ClientAsAsync(this WebApplicationFactory<Program> app, string role, int? workerId = null, int? enterpriseId = null)
    {
        var user = await app.CreateUserAsync(role, workerId, enterpriseId);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(user.UserName!));
        return client;
    }

    /// <summary>A browser-like client: signed in through the login form, holding the auth cookie.</summary>
    public static async Task<HttpClient> BrowserAsAsync(this WebApplicationFactory<Program> app, string role, int? workerId = null, int? enterpriseId = null)
    {
        var user = await app.CreateUserAsync(role, workerId, enterpriseId);
        var client = app.CreateClient();
        var home = await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = user.UserName!, ["Input.Password"] = Password,
        });
        if (home.RequestMessage!.RequestUri!.AbsolutePath != "/") throw new InvalidOperationException("Sign-in through the form failed.");
        return client;
    }
}
