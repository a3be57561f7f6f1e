using System.Globalization;

namespace SkillsLadder.LoadBench;

/// <summary>What one timed load run measured.</summary>
public sealed record LoadResult(long Ok, long Failed, double Seconds, double PerSecond, double P50Ms, double P95Ms, double P99Ms, string LoadAverage)
{
    /// <summary>CPU time the app and the database spent during the run: per save, the one figure a loaded machine does not blur.</summary>
    public CpuTime Cpu { get; init; }
    public double AppCpuMsPerSave => Cpu.AppMs / Math.Max(1, Ok);
    public double DatabaseCpuMsPerSave => Cpu.DatabaseMs / Math.Max(1, Ok);

    public static LoadResult From(IReadOnlyList<double> latenciesMs, long failed, double seconds, string loadAverage)
    {
        var sorted = latenciesMs.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LoadResult(sorted.Length, failed, seconds, sorted.Length / seconds, At(0.50), At(0.95), At(0.99), loadAverage);
    }

    /// <summary>Each figure's median over the runs (so the median run of each, not one run's set).</summary>
    public static LoadResult Median(IReadOnlyList<LoadResult> runs) => new(
        MedianOf(runs.Select(r => (double)r.Ok)) is var ok ? (long)ok : 0, runs.Sum(r => r.Failed), MedianOf(runs.Select(r => r.Seconds)),
        MedianOf(runs.Select(r => r.PerSecond)), MedianOf(runs.Select(r => r.P50Ms)), MedianOf(runs.Select(r => r.P95Ms)), MedianOf(runs.Select(r => r.P99Ms)),
        string.Join(" | ", runs.Select(r => r.LoadAverage)))
    {
        Cpu = new CpuTime(MedianOf(runs.Select(r => r.Cpu.AppMs / Math.Max(1, r.Ok))), MedianOf(runs.Select(r => r.Cpu.DatabaseMs / Math.Max(1, r.Ok)))),
        PerSaveCpu = true,
    };

    /// <summary>A median's CPU figures are already per save.</summary>
    public bool PerSaveCpu { get; init; }
    public double AppMsPerSave => PerSaveCpu ? Cpu.AppMs : AppCpuMsPerSave;
    public double DatabaseMsPerSave => PerSaveCpu ? Cpu.DatabaseMs : DatabaseCpuMsPerSave;

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{PerSecond,8:F0}/s  p50 {P50Ms,6:F1} ms  p95 {P95Ms,6:F1} ms  p99 {P99Ms,6:F1} ms  CPU/save app {AppMsPerSave:F2} ms, db {DatabaseMsPerSave:F2} ms  ({Failed} failed)");
}

public static class Machine
{
    /// <summary>The 1-minute load average, beside every figure: a shared 2-core machine is rarely quiet.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}

public readonly record struct CpuTime(double AppMs, double DatabaseMs)
{
    public static CpuTime operator -(CpuTime a, CpuTime b) => new(a.AppMs - b.AppMs, a.DatabaseMs - b.DatabaseMs);
}

/// <summary>
/// User + system CPU time of the app's process and of the PostgreSQL server under test (its postmaster, found by its
/// port, and the server processes it started), from /proc, so each save's cost is known even when other work shares
/// the machine. SQLite runs inside the app: its time is the app's.
/// </summary>
public sealed class CpuMeter(int appPid, int? databasePort)
{
    private const double TicksPerMs = 100 / 1000.0; // USER_HZ is 100 on Linux

    public CpuTime Read()
    {
        var processes = Directory.GetDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0).Where(pid => pid > 0).ToList();
        var postmaster = databasePort is { } port
            ? processes.FirstOrDefault(pid => Read($"/proc/{pid}/cmdline")?.Split('\0') is { } args && args.Zip(args.Skip(1)).Any(a => a is ("-p", var p) && p == port.ToString(CultureInfo.InvariantCulture)))
            : 0;
        double database = 0;
        if (postmaster > 0)
            foreach (var pid in processes)
                if (pid == postmaster || Stat(pid) is { } stat && stat[1] == postmaster.ToString(CultureInfo.InvariantCulture)) database += Ticks(pid);
        return new CpuTime(Ticks(appPid) / TicksPerMs, database / TicksPerMs);
    }

    private static string? Read(string path)
    {
        try { return File.ReadAllText(path); } catch (IOException) { return null; } catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>The fields after the command name: [0] state, [1] parent pid, … [11] utime, [12] stime.</summary>
    private static string[]? Stat(int pid) => Read($"/proc/{pid}/stat") is { } stat ? stat[(stat.LastIndexOf(')') + 2)..].Split(' ') : null;

    private static double Ticks(int pid) => Stat(pid) is { } fields
        ? double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture) : 0;
}
