using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>
/// The jobs page: every job the engine knows with its last run from our history, plus jobs that ran in the last day and
/// are no longer known to the engine. Recent errors are those of the last day.
/// </summary>
public sealed record ListJobsQuery : IRequest<JobsOverview>;

/// <param name="Failed">Jobs that failed for good, newest first: each can be retried.</param>
public sealed record JobsOverview(bool Enabled, string Node, IReadOnlyList<JobSummary> Jobs, IReadOnlyList<FailedJob> Failed);

public sealed record JobSummary(string Group, string Name, string? Description, string Schedule, string State, DateTime? NextRunAt,
    DateTime? LastRunAt, long? LastDurationMs, JobOutcome? LastOutcome, string? LastNode, IReadOnlyList<JobError> RecentErrors,
    bool Recurring);

public sealed record JobError(DateTime At, int Attempt, string? Error);

public sealed class ListJobsHandler(SkillsLadderDbContext db, IJobControl jobs, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListJobsQuery, JobsOverview>
{
    /// <summary>Unscheduled jobs (a competition ranked yesterday) stay on the page this long after their last run.</summary>
    private static readonly TimeSpan RecentWindow = TimeSpan.FromDays(1);
    private const int RecentLimit = 100;

    public async Task<JobsOverview> Handle(ListJobsQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以查看后台任务。");
        var scheduled = await jobs.ListAsync(cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime - RecentWindow;
        var recentKeys = await db.JobRuns.AsNoTracking().Where(r => r.StartedAt >= since)
            .GroupBy(r => new { r.JobGroup, r.JobName })
            .Select(g => new { g.Key.JobGroup, g.Key.JobName, Last = g.Max(r => r.StartedAt) })
            .OrderByDescending(k => k.Last).Take(RecentLimit).ToListAsync(cancellationToken);

        var keys = scheduled.Select(j => (j.Group, j.Name))
            .Concat(recentKeys.Select(k => (Group: k.JobGroup, Name: k.JobName))).Distinct().ToList();
        var groups = keys.Select(k => k.Group).Distinct().ToList();
        // Three queries whatever the number of jobs: the last run of each, and the recent errors of all.
        var lastIds = await db.JobRuns.AsNoTracking().Where(r => groups.Contains(r.JobGroup))
            .GroupBy(r => new { r.JobGroup, r.JobName }).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var lastRuns = (await db.JobRuns.AsNoTracking().Where(r => lastIds.Contains(r.Id)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.JobGroup, r.JobName));
        var errors = (await db.JobRuns.AsNoTracking()
                .Where(r => r.StartedAt >= since && (r.Outcome == JobOutcome.Failed || r.Outcome == JobOutcome.Retrying))
                .OrderByDescending(r => r.Id).Take(RecentLimit * 3).ToListAsync(cancellationToken))
            .ToLookup(r => (r.JobGroup, r.JobName));

        var summaries = new List<JobSummary>();
        foreach (var (group, name) in keys)
        {
            var last = lastRuns.GetValueOrDefault((group, name));
            var job = scheduled.FirstOrDefault(j => j.Group == group && j.Name == name);
            summaries.Add(new JobSummary(group, name, job?.Description, job?.Schedule ?? "—",
                job?.State ?? (last?.Outcome == JobOutcome.Running ? "Running" : "Idle"), job?.NextRunAt,
                last?.StartedAt, last?.DurationMs, last?.Outcome, last?.Node,
                errors[(group, name)].Take(3).Select(r => new JobError(r.StartedAt, r.Attempt, r.Error)).ToList(), job?.Recurring == true));
        }
        return new JobsOverview(jobs.Enabled, await jobs.NodeAsync(cancellationToken),
            summaries.OrderBy(s => s.Group).ThenBy(s => s.Name, StringComparer.Ordinal).ToList(), await jobs.ListFailedAsync(20, cancellationToken));
    }
}
