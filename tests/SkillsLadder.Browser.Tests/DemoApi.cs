using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// The running app's own API, signed in as a demo account: journeys use it to read the demo data they need (whole ID
/// numbers for an import file, as an admin) and to do the bulk of work that the journey has already shown on a page.
/// </summary>
public sealed class DemoApi(RunningApp app, HttpClient client) : IDisposable
{
    /// <summary>A demo account, or an account a journey opened (<paramref name="password"/>: its first password).</summary>
    public static async Task<DemoApi> SignInAsync(RunningApp app, string userName, string? password = null)
    {
        var client = new HttpClient { BaseAddress = app.Url };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = password ?? app.Passwords[userName] });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new DemoApi(app, client);
    }

    /// <summary>An account an admin just opened signs in with its one-time password and picks its own, as it must before anything else.</summary>
    public static async Task<string> ChooseOwnPasswordAsync(RunningApp app, string userName, string oneTimePassword)
    {
        using var api = await SignInAsync(app, userName, oneTimePassword);
        var own = $"{userName}-own-pass-1";
        await api.SendAsync(HttpMethod.Post, "/api/auth/change-password", new { currentPassword = oneTimePassword, newPassword = own });
        return own;
    }

    public HttpClient Client => client;
    public RunningApp App => app;

    public async Task<JsonElement> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string url, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {url}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => client.Dispose();
}
