namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// The job engine as the jobs page sees it: what is scheduled, what failed, and the admin's levers. Implemented over
/// Hangfire's storage and monitoring API in the web host; our own history (last run per competition, duration, node,
/// outcome) is in the JobRun table, merged in by the queries.
/// </summary>
public interface IJobControl
{
    /// <summary>False when Jobs:Enabled is off: nothing runs in this process.</summary>
    bool Enabled { get; }

    /// <summary>This node's name (in a cluster, which machine answered); empty when disabled.</summary>
    Task<string> NodeAsync(CancellationToken ct);

    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct);

    /// <summary>Jobs that failed for good (every retry spent), newest first: they wait for a retry or the sweep.</summary>
    Task<IReadOnlyList<FailedJob>> ListFailedAsync(int count, CancellationToken ct);

    /// <summary>Runs a recurring job once, now. False when there is no such recurring job.</summary>
    Task<bool> RunNowAsync(string group, string name, CancellationToken ct);

    /// <summary>Pauses (or resumes) a recurring job: nothing runs until resumed, across restarts. False when there is no such job.</summary>
    Task<bool> PauseAsync(string group, string name, CancellationToken ct);
    Task<bool> ResumeAsync(string group, string name, CancellationToken ct);

    /// <summary>Runs a failed job again (its attempts start over). False when there is no such failed job.</summary>
    Task<bool> RetryAsync(string jobId, CancellationToken ct);
}

/// <param name="Schedule">In words: "每 30 秒", "每天 02:30（北京时间）", or "按需" for a ranking run on demand.</param>
/// <param name="State">Waiting, Running, Paused, Failed or Idle.</param>
public sealed record ScheduledJob(string Group, string Name, string? Description, string Schedule, DateTime? NextRunAt,
    DateTime? PreviousFireAt, string State, bool Recurring);

/// <param name="JobId">Hangfire's id: what "retry" takes, and the dashboard's address of the job.</param>
public sealed record FailedJob(string JobId, string Group, string Name, DateTime? FailedAt, string? Error);

/// <summary>Stands in when the engine is off: empty lists, and every lever answers "jobs are disabled".</summary>
public sealed class DisabledJobControl : IJobControl
{
    public bool Enabled => false;
    public Task<string> NodeAsync(CancellationToken ct) => Task.FromResult("");
    public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<ScheduledJob>>([]);
    public Task<IReadOnlyList<FailedJob>> ListFailedAsync(int count, CancellationToken ct) => Task.FromResult<IReadOnlyList<FailedJob>>([]);
    public Task<bool> RunNowAsync(string group, string name, CancellationToken ct) => throw Disabled();
    public Task<bool> PauseAsync(string group, string name, CancellationToken ct) => throw Disabled();
    public Task<bool> ResumeAsync(string group, string name, CancellationToken ct) => throw Disabled();
    public Task<bool> RetryAsync(string jobId, CancellationToken ct) => throw Disabled();

    private static Common.ConflictException Disabled() =>
        new("jobs_disabled", "本实例未启用后台任务（Jobs:Enabled=false），无法运行、暂停、恢复或重试任务。");
}
