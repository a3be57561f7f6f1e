using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace SkillsLadder.PracticeBench;

internal sealed record LoadResult(int Accepted, int Refused, string Statuses, double Seconds, double P50, double P95, double P99)
{
    public double PerSecond => Accepted / Seconds;

    public override string ToString() =>
        $"{Accepted:N0} accepted{(Refused > 0 ? $", {Refused:N0} refused ({Statuses})" : "")} in {Seconds:F1} s = {PerSecond:F0}/s, " +
        $"p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms";
}

/// <summary>Every attempt handed in once over HTTP by <c>clients</c> concurrent clients, each taking the next attempt as soon as it is free.</summary>
internal static class HttpLoad
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<LoadResult> RunAsync(HttpClient http, List<BenchAttempt> attempts, List<byte[]> bodies,
        Dictionary<int, AuthenticationHeaderValue> tokens, int clients)
    {
        var latencies = new double[attempts.Count];
        var statuses = new int[attempts.Count];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < attempts.Count)
            {
                var attempt = attempts[i];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/practice/attempts/{attempt.Id}/hand-in")
                    { Content = new ByteArrayContent(bodies[i]) { Headers = { ContentType = Json } } };
                request.Headers.Authorization = tokens[attempt.WorkerId];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    statuses[i] = (int)response.StatusCode;
                }
                catch (HttpRequestException) { statuses[i] = -1; }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        var accepted = statuses.Count(s => s == (int)HttpStatusCode.OK);
        var refused = string.Join(", ", statuses.Where(s => s != 200).GroupBy(s => s).Select(g => $"{g.Key}: {g.Count()}"));
        return new LoadResult(accepted, attempts.Count - accepted, refused, seconds,
            Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 95), Stats.Percentile(sorted, 99));
    }
}
