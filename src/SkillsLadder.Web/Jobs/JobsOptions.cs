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
    /// <summary>This node's name in the job history and the dashboard; "AUTO": the machine name and process id.</summary>
    public string InstanceId { get; set; } = "AUTO";
    /// <summary>Jobs run at once on this node (Hangfire workers).</summary>
    public int Workers { get; set; } = 4;

    /// <summary>
    /// How often an idle worker looks for work on SQLite and SQL Server (a cheap indexed read); on PostgreSQL workers
    /// also wake at once on NOTIFY, and this is only their fallback.
    /// </summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>How often delayed runs (the coalescing window, retries) and the recurring jobs are checked.</summary>
    public TimeSpan SchedulePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>
    /// A run whose node stopped extending it (kill -9, power loss) is handed to another node after this long. Running
    /// nodes keep extending their runs (a sliding timeout), so it does not bound how long a job may take.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>
    /// Hangfire's own storage locks (its recurring-job scheduler; on SQLite also the jobs' one-at-a-time locks, kept
    /// alive by a heartbeat) are taken over after this long when their node died. On PostgreSQL the jobs' locks are
    /// session advisory locks instead, which end with the session and never expire under a slow run.
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>On a graceful stop, how long running jobs may finish (a hard stop relies on another node instead).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The coalescing window: a change asks for a ranking this much later, and later changes join that run.</summary>
    public TimeSpan RankingDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Waits between the retries of a failed job in whole seconds; unset: 2 s, 8 s, 30 s (three retries).</summary>
    /// <remarks>Null by default because the configuration binder appends to an array that already has items.</remarks>
    public TimeSpan[]? RetryDelays { get; set; }
    public IReadOnlyList<TimeSpan> EffectiveRetryDelays =>
        RetryDelays is { Length: > 0 } delays ? delays : [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(30)];
    /// <summary>The safety net's period: 1–59 s or whole minutes that divide an hour (it becomes a cron expression); zero: none.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Sweep once at start, so what a stop left pending is ranked without waiting for the first period.</summary>
    public bool SweepOnStart { get; set; } = true;
    /// <summary>
    /// While marking runs, a whole live snapshot (with explanations, for the jury) at most this often: the live board
    /// itself follows each mark through the live rows, so a full re-rank per mark would only cost, not inform.
    /// </summary>
    public TimeSpan LiveSnapshotInterval { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// A node refreshes the live rows of the marks it saved at most this often (after a quiet spell at once): the live
    /// board is at most this much behind, plus the refresh itself.
    /// </summary>
    public TimeSpan LiveBoardInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Job history older than this is deleted by the sweep.</summary>
    public int KeepHistoryDays { get; set; } = 30;
    /// <summary>The nightly ladder re-evaluation, a cron expression (5 fields, or 6 with seconds) in China time (02:30).</summary>
    public string LadderCron { get; set; } = "30 2 * * *";
    /// <summary>The daily honour expiry run, before the re-evaluation (02:00 China time).</summary>
    public string HonourExpiryCron { get; set; } = "0 2 * * *";
    /// <summary>The daily notice-end run: nominations whose 公示 ended yesterday with no open objection are conferred (00:30 China time).</summary>
    public string NoticeEndCron { get; set; } = "30 0 * * *";
    /// <summary>The daily run that marks effective wage agreements past their expiry date as expired (00:45 China time).</summary>
    public string AgreementExpiryCron { get; set; } = "45 0 * * *";

    public string NodeName => string.Equals(InstanceId, "AUTO", StringComparison.OrdinalIgnoreCase)
        ? $"{Environment.MachineName}:{Environment.ProcessId}" : InstanceId;
}
