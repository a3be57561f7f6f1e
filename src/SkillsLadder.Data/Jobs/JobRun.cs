namespace SkillsLadder.Data.Jobs;

public enum JobOutcome
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
    /// <summary>Failed and scheduled again with back-off.</summary>
    Retrying = 4,
}

/// <summary>One execution of a background job. Hangfire keeps a finished job a day; the jobs page reads this table for weeks.</summary>
public sealed class JobRun
{
    public const int NameMaxLength = 100;
    public const int ErrorMaxLength = 4000;

    public long Id { get; set; }
    public string JobName { get; set; } = "";
    public string JobGroup { get; set; } = "";
    /// <summary>What the run was about (a competition id), if anything.</summary>
    public string? Subject { get; set; }
    public string FireInstanceId { get; set; } = "";
    /// <summary>The scheduler instance (node) that ran it: in a cluster, which machine.</summary>
    public string Node { get; set; } = "";
    public int Attempt { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public long? DurationMs { get; set; }
    public JobOutcome Outcome { get; set; }
    public string? Error { get; set; }
}
