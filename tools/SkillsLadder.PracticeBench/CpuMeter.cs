using System.Globalization;

namespace SkillsLadder.PracticeBench;

/// <summary>
/// Where the CPU went during a run, from /proc: the app process, the PostgreSQL server (its postmaster and every
/// backend, found from the data folder's postmaster.pid), the bench itself (the load generator), and the whole machine
/// (the rest is other people's work on a shared machine). In CPU seconds.
/// </summary>
internal sealed class CpuMeter(int appPid, string? pgData)
{
    private static readonly double Tick = 100.0; // USER_HZ on Linux
    private (double App, double Pg, double Bench, double Busy, double Total) _start;

    public void Start() => _start = Sample();

    public string Report(int handIns)
    {
        var end = Sample();
        var (app, pg, bench, busy, total) = (end.App - _start.App, end.Pg - _start.Pg, end.Bench - _start.Bench, end.Busy - _start.Busy, end.Total - _start.Total);
        string PerHandIn(double seconds) => (seconds * 1e6 / Math.Max(1, handIns)).ToString("F0", CultureInfo.InvariantCulture);
        return $"cpu s: app {app:F1} ({PerHandIn(app)} µs/hand-in), postgres {pg:F1} ({PerHandIn(pg)} µs), load generator {bench:F1} ({PerHandIn(bench)} µs), " +
               $"others {Math.Max(0, busy - app - pg - bench):F1}; machine busy {100 * busy / Math.Max(1e-9, total):F0}% of {Environment.ProcessorCount} cores";
    }

    private (double App, double Pg, double Bench, double Busy, double Total) Sample()
    {
        var processes = Directory.EnumerateDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsDigit))
            .Select(Stat).Where(s => s is not null).Select(s => s!.Value).ToList();
        var postmaster = pgData is null ? -1 : int.Parse(File.ReadLines(Path.Combine(pgData, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        double Of(Func<(int Pid, int Parent, double Seconds), bool> which) => processes.Where(which).Sum(p => p.Seconds);
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(double.Parse).ToArray();
        var idle = cpu[3] + cpu[4];
        return (Of(p => p.Pid == appPid || p.Parent == appPid), Of(p => p.Pid == postmaster || p.Parent == postmaster),
            Of(p => p.Pid == Environment.ProcessId), (cpu.Sum() - idle) / Tick, cpu.Sum() / Tick);
    }

    /// <summary>pid, parent pid and user+system CPU seconds of one process, or null when it has gone.</summary>
    private static (int Pid, int Parent, double Seconds)? Stat(string pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": state is fields[0]
            return (int.Parse(pid, CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture),
                (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / Tick);
        }
        catch (IOException) { return null; }
    }
}
