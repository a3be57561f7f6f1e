using System.Diagnostics;
using System.Globalization;

namespace SkillsLadder.DemoCity.Cli;

/// <summary>
/// A one-line progress bar on stderr, redrawn in place with a carriage return; plain lines when stderr is
/// redirected (a log file should not fill with carriage returns). Reports arrive on the generator's own thread:
/// <see cref="Progress{T}"/> would post them to the thread pool, out of order and racing the final line.
/// </summary>
internal sealed class ProgressBar : IProgress<DemoCityProgress>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastPercent = -1;

    public void Report(DemoCityProgress value)
    {
        var percent = (int)(100L * value.WorkersWritten / Math.Max(1, value.WorkersTotal));
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        var filled = Width * percent / 100;
        var rate = value.RowsWritten / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%  {value.WorkersWritten:N0}/{value.WorkersTotal:N0} workers  {rate:N0} rows/s");
        if (Console.IsErrorRedirected) Console.Error.WriteLine(line);
        else Console.Error.Write("\r" + line);
    }

    /// <summary>Ends the bar's line, so that what follows starts on a fresh one.</summary>
    public void Done()
    {
        if (!Console.IsErrorRedirected && _lastPercent >= 0) Console.Error.WriteLine();
    }
}
