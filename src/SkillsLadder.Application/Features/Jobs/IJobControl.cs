namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// The job engine as the jobs page sees it: what is scheduled, and the admin's levers. Implemented with Quartz in the
/// web host; history (last run, duration, outcome, errors) is ours, in the JobRun table, and merged in by the queries.
/// </summary>
public interface IJobControl
{
    /// <summary>False when Jobs:Enabled is off: nothing runs in this process.</summary>
    bool Enabled { get; }

    /// <summary>This node's scheduler instance id (in a cluster, which machine answered); empty when disabled.</summary>
    Task<string> NodeAsync(CancellationToken ct);

    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct);

    /// <summary>Fires the job once, now. False when there is no such job.</summary>
    Task<bool> RunNowAsync(string group, string name, CancellationToken ct);

    /// <summary>Pauses (or resumes) every trigger of the job. False when there is no such job.</summary>
    Task<bool> PauseAsync(string group, string name, CancellationToken ct);
    Task<bool> ResumeAsync(string group, string name, CancellationToken ct);
}

/// <param name="Schedule">Human-readable: "每 30 秒", a cron expression, or "一次" for a one-off run.</param>
/// <param name="State">Waiting, Paused, Blocked (its previous run is still going), Running or Idle.</param>
public sealed record ScheduledJob(string Group, string Name, string? Description, string Schedule, DateTime? NextRunAt,
    DateTime? PreviousFireAt, string State, bool Recoverable, bool Concurrent);

/// <summary>Stands in when the engine is off: an empty list, and every lever answers "jobs are disabled".</summary>
public sealed class DisabledJobControl : IJobControl
{
    public bool Enabled => false;
    public Task<string> NodeAsync(CancellationToken ct) => Task.FromResult("");
    public Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<ScheduledJob>>([]);
    public Task<bool> RunNowAsync(string group, string name, CancellationToken ct) => throw Disabled();
    public Task<bool> PauseAsync(string group, string name, CancellationToken ct) => throw Disabled();
    public Task<bool> ResumeAsync(string group, string name, CancellationToken ct) => throw Disabled();

    private static Common.ConflictException Disabled() =>
        new("jobs_disabled", "本实例未启用后台任务（Jobs:Enabled=false），无法运行、暂停或恢复任务。");
}
