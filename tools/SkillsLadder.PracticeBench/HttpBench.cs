using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.PracticeBench;

/// <summary>
/// Hand-ins over HTTP against the real app: seeds the city (every worker with a Worker account, rounds open now), starts
/// SkillsLadder.Web as a process, signs every worker in through POST /api/auth/token, then for each client count and run
/// resets the attempts and posts every hand-in (POST /api/practice/attempts/{id}/hand-in with the worker's own bearer
/// token) from that many concurrent clients: hand-ins/s, p50/p95/p99, where the CPU went. Accounts × rounds = hand-ins;
/// a sign-in costs a password hash (tens of ms), so the bench signs in a few thousand workers who each take many rounds.
/// </summary>
internal static class HttpBench
{
    public const string Password = "practice-bench-2026";

    public static async Task RunAsync(BenchOptions options)
    {
        var rounds = Math.Max(1, options.Participants / options.Accounts);
        await using var root = BenchDatabase.Services(options, new BenchClock());
        var opens = DateTime.UtcNow.AddMinutes(-5);
        var (roundIds, attempts) = await BenchDatabase.SeedAsync(root, options, options.Accounts, rounds, opens, opens.AddHours(12),
            (db, started) => AddAccountsAsync(db, started.Select(a => a.WorkerId).Distinct().ToList()));

        await using var app = await BenchApp.StartAsync(options.Provider, options.Connection);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            { BaseAddress = app.Url, Timeout = TimeSpan.FromMinutes(2) };
        var signing = Stopwatch.StartNew();
        var tokens = await SignInAsync(http, attempts.Select(a => a.WorkerId).Distinct().ToList());
        Console.WriteLine($"app {app.Url} (pid {app.ProcessId}); {tokens.Count:N0} workers signed in in {signing.Elapsed.TotalSeconds:F1} s");
        var bodies = attempts.Select(a => JsonSerializer.SerializeToUtf8Bytes(new { answers = BenchAnswers.For(a.WorkerId + a.RoundId) })).ToList();

        var cpu = new CpuMeter(app.ProcessId, options.PgData);
        foreach (var clients in options.Clients)
        {
            var results = new List<LoadResult>();
            for (var run = 0; run < options.Runs; run++)
            {
                await using (var scope = root.CreateAsyncScope())
                    await BenchDatabase.ResetAttemptsAsync(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>(), options.Provider, roundIds);
                await PgStats.ResetAsync(options);
                cpu.Start();
                var result = await HttpLoad.RunAsync(http, attempts, bodies, tokens, clients);
                results.Add(result);
                Console.WriteLine($"HTTP {options.Provider} {clients} clients, run {run + 1}: {result}; load {Stats.Load()}");
                Console.WriteLine($"    {cpu.Report(result.Accepted)}");
                await using (var scope = root.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
                    var stored = await db.PracticeAttempts.CountAsync(a => roundIds.Contains(a.RoundId) && a.Status == Domain.Training.AttemptStatus.Submitted);
                    if (stored != result.Accepted) Console.WriteLine($"    !! {stored:N0} attempts stored as handed in, {result.Accepted:N0} accepted");
                }
                if (run == options.Runs - 1) await PgStats.PrintAsync(options, result.Accepted);
            }
            var median = results.OrderBy(r => r.PerSecond).ElementAt(results.Count / 2);
            Console.WriteLine($"HTTP {options.Provider} {clients} clients: median of {results.Count} runs {median.PerSecond:F0}/s " +
                              $"(runs {string.Join(", ", results.Select(r => r.PerSecond.ToString("F0")))}); p50/p95/p99 medians " +
                              $"{Stats.Median(results.Select(r => r.P50).ToList()):F1} / {Stats.Median(results.Select(r => r.P95).ToList()):F1} / " +
                              $"{Stats.Median(results.Select(r => r.P99).ToList()):F1} ms");
        }
        if (options.Pgbench) await PgStats.PgbenchAsync(options, attempts.Count);
    }

    /// <summary>A Worker account per worker (pb{workerId}), with one password hash made once: the hashing is the slow part.</summary>
    private static async Task AddAccountsAsync(SkillsLadderDbContext db, List<int> workerIds)
    {
        var hash = new PasswordHasher<AppUser>().HashPassword(null!, Password);
        var role = await db.Roles.SingleAsync(r => r.Name == AppRoles.Worker);
        var users = workerIds.Select(id => new AppUser
        {
            UserName = $"pb{id}", NormalizedUserName = $"PB{id}", DisplayName = $"练兵职工{id}", WorkerId = id, PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<int> { UserId = u.Id, RoleId = role.Id }));
        await db.SaveChangesAsync();
    }

    private static async Task<Dictionary<int, AuthenticationHeaderValue>> SignInAsync(HttpClient http, List<int> workerIds)
    {
        var tokens = new System.Collections.Concurrent.ConcurrentDictionary<int, AuthenticationHeaderValue>();
        await Parallel.ForEachAsync(workerIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = $"pb{id}", password = Password }, ct);
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
            tokens[id] = new AuthenticationHeaderValue("Bearer", token);
        });
        return new Dictionary<int, AuthenticationHeaderValue>(tokens);
    }
}
