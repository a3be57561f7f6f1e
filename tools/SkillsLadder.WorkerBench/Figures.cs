using System.Globalization;

namespace SkillsLadder.WorkerBench;

/// <summary>
/// What the bench prints: one line per run, then one summary line per figure with the median over the runs, the
/// 1-minute load average beside it (read at the end of each run) and the ratio to the baseline of the same runs.
/// </summary>
internal static class Figures
{
    public static double Load1() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Nearest-rank percentile of a sorted list.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Loads(IEnumerable<double> loads) => string.Join("/", loads.Select(l => F(l, "0.00")));
}

/// <summary>One target's latencies over one fixed-time run.</summary>
internal sealed record LoadRun(string Target, int Requests, int Errors, double Seconds, double P50, double P95, double P99, double Load)
{
    public double PerSecond => Requests / Seconds;

    public static LoadRun From(string target, List<double> latenciesMs, int errors, double seconds)
    {
        latenciesMs.Sort();
        return new LoadRun(target, latenciesMs.Count, errors, seconds, Figures.Percentile(latenciesMs, 50),
            Figures.Percentile(latenciesMs, 95), Figures.Percentile(latenciesMs, 99), Figures.Load1());
    }

    public override string ToString() =>
        $"{Target,-12} {Requests,7:N0} req {Errors} err  {Figures.F(PerSecond, "0")} req/s  p50 {Figures.F(P50, "0.00")} ms  " +
        $"p95 {Figures.F(P95, "0.00")} ms  p99 {Figures.F(P99, "0.00")} ms  load {Figures.F(Load, "0.00")}";
}
