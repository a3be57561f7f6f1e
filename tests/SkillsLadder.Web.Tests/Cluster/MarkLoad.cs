using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>An acknowledged request: a save (with its Idempotency-Key) or a submit, and what the server answered.</summary>
public sealed record Acknowledged(string Judge, int EntrantId, string Kind, string? Key, int Version, int Changed, IReadOnlyList<(string Code, string Value)> Marks);

/// <summary>An answer that was not the request's result: a dropped connection, or a status the test did not expect.</summary>
public sealed record Failure(TimeSpan At, string Request, int? Status, string Detail);

/// <summary>
/// Judges' clients marking a contest through the load balancer. Each sheet belongs to one client at a time: two saves
/// (round 1 from version 0, round 2 from the version round 1 was acknowledged with), each with its own Idempotency-Key,
/// then the submit. A request whose connection fails (the node died under it: HAProxy answers 502, or the socket
/// drops) is sent again with the same key until a node answers; a retried save that meets its own twin still
/// committing (409) is sent again too. Everything else is recorded as it came.
/// </summary>
public sealed class MarkLoad(Uri balancer, ClusterContest contest, int clients)
{
    private static readonly HashSet<HttpStatusCode> ConnectionFailures = [HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];
    private readonly Stopwatch _clock = new();
    private readonly Dictionary<string, string> _tokens = [];

    public ConcurrentBag<Acknowledged> Acks { get; } = [];
    public ConcurrentBag<Failure> ConnectionFailuresSeen { get; } = [];
    public ConcurrentBag<Failure> Unexpected { get; } = [];
    /// <summary>Requests answered per second, for the report: (elapsed, count).</summary>
    public ConcurrentQueue<TimeSpan> Answered { get; } = [];
    public int Total => contest.EntrantIds.Count * contest.Judges.Count * 3;
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Where the load stands, for a failure message.</summary>
    public string Report() => $"{Acks.Count} of {Total} acknowledged after {Elapsed.TotalSeconds:0.0} s; connection failures: "
        + string.Join("; ", ConnectionFailuresSeen.Take(5).Select(f => $"{f.Request} {f.Status} {f.Detail}"))
        + "; unexpected: " + string.Join("; ", Unexpected.Take(5).Select(f => $"{f.Request} {f.Status} {f.Detail}"));

    public async Task SignInAsync()
    {
        using var http = new HttpClient { BaseAddress = balancer };
        foreach (var judge in contest.Judges)
        {
            var response = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
                { Content = JsonContent.Create(new { userName = judge, password = ClusterContest.Password }) }, "sign-in " + judge);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            _tokens[judge] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
    }

    public async Task RunAsync()
    {
        var sheets = new ConcurrentQueue<(int Judge, int Entrant)>(
            contest.EntrantIds.SelectMany(e => Enumerable.Range(0, contest.Judges.Count).Select(j => (j, e))).OrderBy(s => s.e));
        _clock.Start();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var http = new HttpClient { BaseAddress = balancer, Timeout = TimeSpan.FromSeconds(90) };
            while (sheets.TryDequeue(out var sheet)) await MarkSheetAsync(http, sheet.Judge, sheet.Entrant);
        }));
    }

    private async Task MarkSheetAsync(HttpClient http, int judge, int entrantId)
    {
        var name = contest.Judges[judge];
        var url = $"/api/competitions/{contest.CompetitionId}/sheets/{contest.PanelId}/{entrantId}";
        var version = 0;
        for (var round = 1; round <= 2; round++)
        {
            var marks = ClusterContest.Marks(judge, entrantId, round);
            var key = $"cluster-{name}-{entrantId}-r{round}";
            var body = new { version, entries = marks.Select(m => new { aspectCode = m.Code, value = m.Value }).ToArray() };
            var answer = await AcknowledgedAsync(http, () => Request(HttpMethod.Put, url, name, body, key), $"PUT {key}", retryConflict: true);
            version = answer.GetProperty("version").GetInt32();
            Acks.Add(new Acknowledged(name, entrantId, "save", key, version, answer.GetProperty("changed").GetInt32(), marks));
        }
        var submitted = await AcknowledgedAsync(http, () => Request(HttpMethod.Post, url + "/submit", name, new { version }, null), $"submit {name}-{entrantId}",
            retryConflict: false, afterRetry: () => SheetIfSubmittedAsync(http, url, name));
        Acks.Add(new Acknowledged(name, entrantId, "submit", null, submitted.GetProperty("version").GetInt32(), 0, []));
    }

    /// <summary>A submit whose first answer was lost and whose retry is refused: acknowledged if the sheet is submitted.</summary>
    private async Task<JsonElement?> SheetIfSubmittedAsync(HttpClient http, string url, string judge)
    {
        var response = await SendAsync(http, () => Request(HttpMethod.Get, url, judge, null, null), "GET sheet");
        var sheet = await response.Content.ReadFromJsonAsync<JsonElement>();
        return sheet.GetProperty("status").GetString() == "Submitted" ? sheet : null;
    }

    private async Task<JsonElement> AcknowledgedAsync(HttpClient http, Func<HttpRequestMessage> request, string what, bool retryConflict,
        Func<Task<JsonElement?>>? afterRetry = null)
    {
        var retried = false;
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 50) throw new InvalidOperationException($"{what}: no answer after 50 attempts");
            var response = await SendAsync(http, request, what, () => retried = true);
            Answered.Enqueue(_clock.Elapsed);
            if (response.StatusCode == HttpStatusCode.OK) return await response.Content.ReadFromJsonAsync<JsonElement>();
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Conflict && retried)
            {
                if (afterRetry is not null && await afterRetry() is { } done) return done;
                if (retryConflict)
                {
                    await Task.Delay(100);
                    continue;
                }
            }
            Unexpected.Add(new Failure(_clock.Elapsed, what, (int)response.StatusCode, text));
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {text}");
        }
    }

    /// <summary>Sends until a node answers: a 502/503/504 from the balancer or a dropped socket is tried again.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> request, string what, Action? onRetry = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await http.SendAsync(request());
                if (!ConnectionFailures.Contains(response.StatusCode)) return response;
                ConnectionFailuresSeen.Add(new Failure(_clock.Elapsed, what, (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
            }
            catch (HttpRequestException e)
            {
                ConnectionFailuresSeen.Add(new Failure(_clock.Elapsed, what, null, e.Message));
            }
            if (attempt > 100) throw new InvalidOperationException($"{what}: the balancer found no node for 100 attempts");
            onRetry?.Invoke();
            await Task.Delay(50);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string url, string judge, object? body, string? key)
    {
        var message = new HttpRequestMessage(method, url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[judge]);
        if (body is not null) message.Content = JsonContent.Create(body);
        if (key is not null) message.Headers.Add("Idempotency-Key", key);
        return message;
    }
}
