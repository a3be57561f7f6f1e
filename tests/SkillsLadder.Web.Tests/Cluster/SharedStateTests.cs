using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Web.Tests.Jobs;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>
/// Two real app processes on one PostgreSQL database, each with a home folder of its own (no key ring on a shared
/// disk): whatever one node issues or counts, the other honours.
/// </summary>
public sealed partial class SharedStateTests
{
    [Theory, PostgreSqlData]
    public async Task What_one_node_issues_or_counts_the_other_honours(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var contest = await ClusterContest.CreateAsync(database, entrants: 2, judges: 1);
        var settings = new Dictionary<string, string> { ["RateLimiting:SignInsPerMinute"] = "4", ["Jobs:Enabled"] = "false" };
        await using var a = await AppProcess.StartAsync(database, "node-a", ClusterPlumbing.WithOwnHome(settings));
        await using var b = await AppProcess.StartAsync(database, "node-b", ClusterPlumbing.WithOwnHome(settings));
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        var judge = contest.Judges[0];

        // The sign-in form from node A (its antiforgery token and cookie), posted to node B; B's sign-in cookie opens A's pages.
        var form = await http.GetAsync(new Uri(a.Url!, "/Account/Login"));
        var cookies = Cookies(form);
        var posted = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(b.Url!, "/Account/Login"))
        {
            Headers = { { "Cookie", cookies } },
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = judge, ["Input.Password"] = ClusterContest.Password,
                ["__RequestVerificationToken"] = FormToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value,
            }),
        });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        posted.Headers.Location!.OriginalString.ShouldBe("/");
        var page = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(a.Url!, "/Competitions"))
            { Headers = { { "Cookie", cookies + "; " + Cookies(posted) } } });
        page.StatusCode.ShouldBe(HttpStatusCode.OK); // not a redirect to the sign-in form

        // A bearer token from node A on node B.
        var token = (await (await http.PostAsJsonAsync(new Uri(a.Url!, "/api/auth/token"), new { userName = judge, password = ClusterContest.Password }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.GetFromJsonAsync<JsonElement>(new Uri(b.Url!, "/api/auth/me"))).GetProperty("userName").GetString().ShouldBe(judge);

        // A save acknowledged by node A, retried on node B with its Idempotency-Key: B answers A's answer and applies nothing.
        var url = $"/api/competitions/{contest.CompetitionId}/sheets/{contest.PanelId}/{contest.EntrantIds[0]}";
        var body = new { version = 0, entries = ClusterContest.Marks(0, 1, 1).Select(m => new { aspectCode = m.Code, value = m.Value }) };
        var first = await SaveAsync(http, new Uri(a.Url!, url), body);
        var retry = await SaveAsync(http, new Uri(b.Url!, url), body);
        retry.ShouldBe(first);
        await using (var db = database.CreateContext())
        {
            (await db.ProcessedRequests.CountAsync(r => r.Key == "shared-key-1")).ShouldBe(1);
            (await db.ScoreChanges.CountAsync()).ShouldBe(3); // three marks, once
            (await db.DataProtectionKeys.CountAsync()).ShouldBe(1); // one ring, made by the first node, read by both
        }

        // Sign-in attempts from one client address, spread over both nodes, share one count of 4 a minute.
        await JobsData.WaitUntilAsync(() => DateTime.UtcNow.Second < 40, TimeSpan.FromSeconds(25), "a fresh part of the minute");
        http.DefaultRequestHeaders.Authorization = null;
        for (var i = 0; i < 4; i++) (await WrongPasswordAsync(http, i % 2 == 0 ? a : b, "203.0.113.7")).ShouldBe(HttpStatusCode.Unauthorized);
        (await WrongPasswordAsync(http, a, "203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await WrongPasswordAsync(http, b, "203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await WrongPasswordAsync(http, b, "203.0.113.8")).ShouldBe(HttpStatusCode.Unauthorized); // another client has its own count
    }

    private static async Task<string> SaveAsync(HttpClient http, Uri url, object body)
    {
        var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", "shared-key-1" } } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Through a balancer on loopback: X-Forwarded-For names the client.</summary>
    private static async Task<HttpStatusCode> WrongPasswordAsync(HttpClient http, AppProcess node, string client) =>
        (await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(node.Url!, "/api/auth/token"))
        {
            Headers = { { "X-Forwarded-For", client } }, Content = JsonContent.Create(new { userName = "nobody", password = "wrong-password-1" }),
        })).StatusCode;

    private static string Cookies(HttpResponseMessage response) => string.Join("; ",
        response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
