using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace SkillsLadder.WorkerBench;

/// <summary>A signed-in worker: a bearer token for the API and the sign-in cookie for the pages.</summary>
internal sealed record SignedIn(int WorkerId, string Token, string Cookie);

/// <summary>
/// Fixed-time HTTP load on one app: N clients, each sending one request after the other, each request for a worker
/// drawn at random from those signed in and signed in as that worker; the whole answer is read before the clock stops.
/// </summary>
internal sealed partial class PageLoad(Uri app, int clients) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(30),
    }) { BaseAddress = app, Timeout = TimeSpan.FromSeconds(60) };

    public static readonly (string Name, Func<SignedIn, HttpRequestMessage> Request)[] Targets =
    [
        ("ladder-page", w => Page($"/Ladder/Worker/{w.WorkerId}", w)),
        ("ladder-api", w => Api($"/api/workers/{w.WorkerId}/progress", w)),
        ("pay-page", w => Page($"/Pay/Worker/{w.WorkerId}", w)),
        ("pay-api", w => Api($"/api/workers/{w.WorkerId}/pay", w)),
        // The baseline: the same server, sign-in check and pipeline, and no query of the app's own.
        ("baseline-me", w => Api("/api/auth/me", w)),
    ];

    public async Task<List<SignedIn>> SignInAsync(IReadOnlyList<(string UserName, int WorkerId)> accounts, string password)
    {
        var signedIn = new SignedIn[accounts.Count];
        await Parallel.ForAsync(0, accounts.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, ct) =>
        {
            var (user, worker) = accounts[i];
            using var token = await _http.PostAsJsonAsync("/api/auth/token", new { userName = user, password }, ct);
            token.EnsureSuccessStatusCode();
            var accessToken = (await token.Content.ReadFromJsonAsync<TokenAnswer>(ct))!.AccessToken;

            using var form = await _http.GetAsync("/Account/Login", ct);
            var antiforgery = Cookies(form);
            var html = await form.Content.ReadAsStringAsync(ct);
            var verification = VerificationToken().Match(html).Groups["value"].Value;
            using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = new FormUrlEncodedContent([new("Input.UserName", user), new("Input.Password", password), new("__RequestVerificationToken", verification)]),
            };
            post.Headers.Add("Cookie", antiforgery);
            using var answer = await _http.SendAsync(post, ct);
            if (answer.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{user}: page sign-in answered {(int)answer.StatusCode}.");
            signedIn[i] = new SignedIn(worker, accessToken, Cookies(answer));
        });
        return [.. signedIn];
    }

    public async Task<LoadRun> RunAsync(string name, Func<SignedIn, HttpRequestMessage> request, IReadOnlyList<SignedIn> workers, TimeSpan length)
    {
        var errors = 0;
        var watch = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c * 7919 + name.Length);
            var latencies = new List<double>();
            while (watch.Elapsed < length)
            {
                using var message = request(workers[random.Next(workers.Count)]);
                var started = Stopwatch.GetTimestamp();
                using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
            }
            return latencies;
        })));
        return LoadRun.From(name, perClient.SelectMany(l => l).ToList(), errors, watch.Elapsed.TotalSeconds);
    }

    private static HttpRequestMessage Page(string path, SignedIn worker)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, path);
        message.Headers.Add("Cookie", worker.Cookie);
        return message;
    }

    private static HttpRequestMessage Api(string path, SignedIn worker)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, path);
        message.Headers.Authorization = new("Bearer", worker.Token);
        return message;
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    public void Dispose() => _http.Dispose();

    private sealed record TokenAnswer(string AccessToken);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex VerificationToken();
}
