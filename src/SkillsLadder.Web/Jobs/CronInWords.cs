using System.Text.RegularExpressions;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// A schedule as an admin reads it: "每 30 秒", "每 10 分钟", "每天 02:30（北京时间）"; anything else is the expression
/// itself, still marked as China time.
/// </summary>
public static partial class CronInWords
{
    public static string Describe(string cron)
    {
        if (cron == Hangfire.Cron.Never()) return "从不（仅手动运行）";
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields is [var s, "*", "*", "*", "*", "*"] && Every(s) is { } seconds) return $"每 {seconds} 秒";
        if (fields is ["0", var m, "*", "*", "*", "*"] && Every(m) is { } minutes) return $"每 {minutes} 分钟";
        // Daily at a time: "m h * * *" or, with seconds, "0 m h * * *" ("?" is Quartz's spelling of "*").
        var daily = fields.Length == 6 && fields[0] == "0" ? fields[1..] : fields;
        if (daily is [var minute, var hour, "*", "*", "*" or "?"] && int.TryParse(minute, out var mm) && int.TryParse(hour, out var hh))
            return $"每天 {hh:00}:{mm:00}（北京时间）";
        return $"{cron}（北京时间）";
    }

    private static int? Every(string field) => EveryPattern().Match(field) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex(@"^\*/(\d+)$")]
    private static partial Regex EveryPattern();
}
