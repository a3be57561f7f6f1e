using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillsLadder.LoadBench;

/// <summary>The app's API as a client sees it: bearer tokens, JSON with string enums, ProblemDetails on refusal.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// One connection pool for every simulated client, as many browsers behind one proxy would be; each client has its
    /// own token. Connections are many, so 32 clients are 32 concurrent requests and not a queue in the bench.
    /// </summary>
    public static HttpClient Client(Uri baseAddress) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<string> SignInAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password }, Json);
        await EnsureAsync(response, $"sign-in of {userName}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A new account's one-time password replaced by its own, then a token with that one.</summary>
    public static async Task<string> FirstSignInAsync(HttpClient http, string userName, string initialPassword, string password)
    {
        var first = await SignInAsync(http, userName, initialPassword);
        await SendAsync<JsonElement?>(http, first, HttpMethod.Post, "/api/auth/change-password", new { currentPassword = initialPassword, newPassword = password });
        return await SignInAsync(http, userName, password);
    }

    public static async Task<T> SendAsync<T>(HttpClient http, string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        using var response = await http.SendAsync(request);
        await EnsureAsync(response, $"{method} {path}");
        if (response.Content.Headers.ContentLength == 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent) return default!;
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>A create's answer: the new id, bare or as the created resource's "id".</summary>
    public static async Task<int> CreateAsync(HttpClient http, string token, string path, object body)
    {
        var created = await SendAsync<JsonElement>(http, token, HttpMethod.Post, path, body);
        return created.ValueKind == JsonValueKind.Number ? created.GetInt32() : created.GetProperty("id").GetInt32();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
