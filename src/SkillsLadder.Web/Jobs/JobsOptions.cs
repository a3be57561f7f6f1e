namespace SkillsLadder.Web.Jobs;

/// <summary>
/// The "Jobs" configuration section. Defaults suit production; tests shorten the intervals so that failover and
/// retries happen in seconds.
/// </summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Off: this process runs no jobs (another node may); demands then wait for a node that sweeps.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>The scheduler name: every node of one cluster must share it.</summary>
    public string InstanceName { get; set; } = "SkillsLadder";
    /// <summary>"AUTO" generates a unique id per node (host name and time); otherwise a fixed id, unique per node.</summary>
    public string InstanceId { get; set; } = "AUTO";
    /// <summary>Concurrent jobs per node.</summary>
    public int Threads { get; set; } = 4;
    public string TablePrefix { get; set; } = "qrtz_";

    /// <summary>How often a node records that it is alive (PostgreSQL cluster).</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
    /// <summary>How long past a missed check-in the other nodes wait before taking over its running jobs.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(7.5);
    /// <summary>How late a trigger may fire before its misfire instruction applies.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>How long an idle node waits before looking for work another node scheduled (at least 1 s).</summary>
    public TimeSpan IdleWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The coalescing window: a change asks for a ranking this much later, and later changes join that run.</summary>
    public TimeSpan RankingDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Waits between the retries of a failed ranking; unset: 2 s, 8 s, 30 s (three retries).</summary>
    /// <remarks>Null by default because the configuration binder appends to an array that already has items.</remarks>
    public TimeSpan[]? RetryDelays { get; set; }
    public IReadOnlyList<TimeSpan> EffectiveRetryDelays =>
        RetryDelays is { Length: > 0 } delays ? delays : [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(30)];
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// While marking runs, a whole live snapshot (with explanations, for the jury) at most this often: the live board
    /// itself follows each mark through the live rows, so a full re-rank per mark would only cost, not inform.
    /// </summary>
    public TimeSpan LiveSnapshotInterval { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>Job history older than this is deleted by the sweep.</summary>
    public int KeepHistoryDays { get; set; } = 30;
    /// <summary>The nightly ladder re-evaluation, a Quartz cron expression in China time (default 02:30).</summary>
    public string LadderCron { get; set; } = "0 30 2 * * ?";
    /// <summary>The daily honour expiry run, before the re-evaluation (default 02:00 China time).</summary>
    public string HonourExpiryCron { get; set; } = "0 0 2 * * ?";
    /// <summary>The daily notice-end run: nominations whose 公示 ended yesterday with no open objection are conferred (00:30 China time).</summary>
    public string NoticeEndCron { get; set; } = "0 30 0 * * ?";
    /// <summary>The daily run that marks effective wage agreements past their expiry date as expired (00:45 China time).</summary>
    public string AgreementExpiryCron { get; set; } = "0 45 0 * * ?";
    /// <summary>On a graceful stop, let running jobs finish (a hard stop relies on recovery by another node instead).</summary>
    public bool WaitForJobsOnShutdown { get; set; } = true;
}
