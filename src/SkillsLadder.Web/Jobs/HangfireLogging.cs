using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider, set by the host that configured it last. When that host stops
/// first (two hosts in one test process), its logger factory is disposed under the other's jobs: those log lines are
/// dropped instead of failing the job that wrote them.
/// </summary>
public sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new Logger(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Logger(null);
        }
    }

    private sealed class Logger(ILogger? logger) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logger is null) return false;
            try
            {
                var level = ToMicrosoft(logLevel);
                if (messageFunc is null) return logger.IsEnabled(level); // Hangfire asks "is this level on?"
                logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static MsLogLevel ToMicrosoft(HangfireLevel level) => level switch
        {
            HangfireLevel.Trace => MsLogLevel.Trace,
            HangfireLevel.Debug => MsLogLevel.Debug,
            HangfireLevel.Info => MsLogLevel.Information,
            HangfireLevel.Warn => MsLogLevel.Warning,
            HangfireLevel.Error => MsLogLevel.Error,
            HangfireLevel.Fatal => MsLogLevel.Critical,
            _ => MsLogLevel.None,
        };
    }
}
