using System.Diagnostics;
using SkillsLadder.DemoCity;

namespace SkillsLadder.DemoCity.Cli;

/// <summary>A one-line progress bar on stderr, redrawn in place; plain lines when stderr is not a terminal.</summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastPercent = -1;

    public void Draw(DemoCityProgress p)
    {
        var percent = (int)(100 * p.WorkersWritten / Math.Max(1, p.WorkersTotal));
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        var filled = Width * percent / 100;
        var rate = p.RowsWritten / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%  {p.WorkersWritten:N0}/{p.WorkersTotal:N0} workers  {rate:N0} rows/s";
        if (Console.IsErrorRedirected) Console.Error.WriteLine(line);
        else Console.Error.Write("\r" + line);
    }

    public void Done()
    {
        if (!Console.IsErrorRedirected && _lastPercent >= 0) Console.Error.WriteLine();
    }
}
