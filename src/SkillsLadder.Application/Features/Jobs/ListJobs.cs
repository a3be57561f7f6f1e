using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>The jobs page: every scheduled job with its last run from our history, plus jobs that ran lately and have nothing scheduled now.</summary>
public sealed record ListJobsQuery : IRequest<JobsOverview>;

public sealed record JobsOverview(bool Enabled, string Node, IReadOnlyList<JobSummary> Jobs);

public sealed record JobSummary(string Group, string Name, string? Description, string Schedule, string State, DateTime? NextRunAt,
    DateTime? LastRunAt, long? LastDurationMs, JobOutcome? LastOutcome, string? LastNode, IReadOnlyList<JobError> RecentErrors,
    bool Scheduled);

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
        var summaries = new List<JobSummary>();
        foreach (var (group, name) in keys)
        {
            var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobGroup == group && r.JobName == name)
                .OrderByDescending(r => r.Id).Take(20).ToListAsync(cancellationToken);
            var last = runs.FirstOrDefault();
            var errors = runs.Where(r => r.Outcome is JobOutcome.Failed or JobOutcome.Retrying).Take(3)
                .Select(r => new JobError(r.StartedAt, r.Attempt, r.Error)).ToList();
            var job = scheduled.FirstOrDefault(j => j.Group == group && j.Name == name);
            summaries.Add(new JobSummary(group, name, job?.Description, job?.Schedule ?? "—",
                job?.State ?? (last?.Outcome == JobOutcome.Running ? "Running" : "Idle"), job?.NextRunAt,
                last?.StartedAt, last?.DurationMs, last?.Outcome, last?.Node, errors, job is not null));
        }
        return new JobsOverview(jobs.Enabled, jobs.Node, summaries.OrderBy(s => s.Group).ThenBy(s => s.Name, StringComparer.Ordinal).ToList());
    }
}
