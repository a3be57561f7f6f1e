using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Data;

namespace SkillsLadder.PracticeBench;

/// <summary>
/// In process, without HTTP: (a) hand-ins accepted per second through the real MediatR hand-in command (validation,
/// marking, the guarded write) with concurrent senders, each request in its own scope as on the web; (b) the time from
/// the round's close to the published board, RankPracticeRoundCommand end to end, repeated.
/// </summary>
internal static class MediatRBench
{
    public static async Task RunAsync(BenchOptions options)
    {
        var clock = new BenchClock();
        await using var root = BenchDatabase.Services(options, clock);
        var opens = new DateTime(2026, 7, 1, 1, 0, 0, DateTimeKind.Utc);
        var (roundIds, attempts) = await BenchDatabase.SeedAsync(root, options, options.Participants, 1, opens, opens.AddHours(2));

        // (a) Hand-ins: every attempt, once per run and sender count; the attempts are reset between runs.
        clock.Now = opens.AddMinutes(15);
        foreach (var concurrency in options.Clients)
        {
            var rates = new List<double>();
            for (var run = 0; run < options.Runs; run++)
            {
                if (run > 0 || concurrency != options.Clients[0])
                    await using (var scope = root.CreateAsyncScope())
                        await BenchDatabase.ResetAttemptsAsync(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>(), options.Provider, roundIds);
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var (accepted, seconds) = await HandInAllAsync(root, attempts, concurrency);
                cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
                rates.Add(accepted / seconds);
                Console.WriteLine($"(a) run {run + 1}: {accepted:N0} of {attempts.Count:N0} accepted in {seconds:F1} s with {concurrency} senders: " +
                                  $"{accepted / seconds:F0}/s, bench process {cpu.TotalMicroseconds / Math.Max(1, accepted):F0} µs CPU/hand-in; load {Stats.Load()}");
            }
            Console.WriteLine($"(a) MediatR hand-ins, {concurrency} senders: median {Stats.Median(rates):F0}/s over {options.Runs} runs");
        }

        // (b) Close → published board: the ranking job's command, once per run (each writes a new numbered board).
        clock.Now = opens.AddHours(2).AddSeconds(35);
        var ranking = new List<double>();
        PracticeBoardResult? last = null;
        for (var run = 0; run < options.Runs; run++)
        {
            await using var scope = root.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            last = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RankPracticeRoundCommand(roundIds[0], Again: true));
            ranking.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"(b) close → published board: {last!.Participants:N0} people, {last.Rows:N0} rows; median {Stats.Median(ranking):F0} ms " +
                          $"over {options.Runs} runs (min {ranking.Min():F0}, max {ranking.Max():F0}); load {Stats.Load()}");
    }

    private static async Task<(int Accepted, double Seconds)> HandInAllAsync(IServiceProvider root, List<BenchAttempt> attempts, int concurrency)
    {
        var next = -1;
        var refused = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < attempts.Count)
            {
                var attempt = attempts[i];
                await using var scope = root.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<BenchUser>().WorkerId = attempt.WorkerId;
                var command = new HandInPracticeAttemptCommand { AttemptId = attempt.Id, Answers = BenchAnswers.For(attempt.WorkerId) };
                try { await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command); }
                catch (Exception) { Interlocked.Increment(ref refused); }
            }
        })));
        return (attempts.Count - refused, watch.Elapsed.TotalSeconds);
    }
}

/// <summary>A spread of marks: each answer drawn from a small set, so some are right and many tie.</summary>
internal static class BenchAnswers
{
    private static readonly string[] Choices = ["A", "B", "AB", "BCD", "T", "F"];

    public static IReadOnlyList<string?> For(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, BenchCity.QuestionCount).Select(_ => (string?)Choices[random.Next(Choices.Length)]).ToList();
    }
}

internal static class Stats
{
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values.Order().ToList(), 50);

    /// <summary>Nearest rank on sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Load() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
