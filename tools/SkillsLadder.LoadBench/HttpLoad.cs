using System.Collections.Concurrent;
using System.Diagnostics;

namespace SkillsLadder.LoadBench;

/// <summary>
/// A closed loop of clients, each sending its next request when the last one answered, for a fixed time after an
/// unmeasured warm-up; latencies of the answered requests, failures counted apart.
/// </summary>
public static class HttpLoad
{
    public static async Task<LoadResult> RunAsync(int clients, TimeSpan warmup, TimeSpan duration, Func<int, long, Task<bool>> send,
        CpuMeter? cpu = null, Func<CancellationToken, Task>? beside = null)
    {
        var latencies = new ConcurrentBag<double>();
        long failed = 0;
        var measuring = false;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (long n = 0; !stop.IsCancellationRequested; n++)
            {
                var watch = Stopwatch.StartNew();
                var ok = await send(client, n);
                if (!Volatile.Read(ref measuring)) continue;
                if (ok) latencies.Add(watch.Elapsed.TotalMilliseconds);
                else Interlocked.Increment(ref failed);
            }
        })).ToList();
        await Task.Delay(warmup);
        Volatile.Write(ref measuring, true);
        var load = Machine.LoadAverage();
        var cpuBefore = cpu?.Read();
        var clock = Stopwatch.StartNew();
        var besides = beside?.Invoke(stop.Token);
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        var result = LoadResult.From(latencies.ToList(), Interlocked.Read(ref failed), clock.Elapsed.TotalSeconds, load);
        if (cpu is not null) result = result with { Cpu = cpu.Read() - cpuBefore!.Value };
        stop.Cancel();
        await Task.WhenAll(workers);
        if (besides is not null) await besides;
        return result;
    }

    /// <summary>The floor under every API call: an authenticated GET /api/auth/me (token, session check, JSON), no handler work.</summary>
    public static Func<int, long, Task<bool>> SignedInNoOp(HttpClient http, IReadOnlyList<string> tokens) => async (client, _) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens[client % tokens.Count]);
        try
        {
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException) { return false; }
    };
}
