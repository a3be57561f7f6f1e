using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Jobs;

namespace SkillsLadder.Application.Features.Jobs;

/// <summary>The job history, newest first: one row per attempt (a retried run has a Retrying row per failed attempt).</summary>
public sealed record ListJobRunsQuery : IRequest<PagedList<JobRunItem>>
{
    public string? Group { get; init; }
    public string? Name { get; init; }
    public JobOutcome? Outcome { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record JobRunItem(long Id, string Group, string Name, string? Subject, string Node, int Attempt,
    DateTime StartedAt, DateTime? FinishedAt, long? DurationMs, JobOutcome Outcome, string? Error);

public sealed class ListJobRunsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListJobRunsQuery, PagedList<JobRunItem>>
{
    public async Task<PagedList<JobRunItem>> Handle(ListJobRunsQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以查看后台任务。");
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var query = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Group)) query = query.Where(r => r.JobGroup == request.Group.Trim());
        if (!string.IsNullOrWhiteSpace(request.Name)) query = query.Where(r => r.JobName == request.Name.Trim());
        if (request.Outcome is { } outcome) query = query.Where(r => r.Outcome == outcome);

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.Id).Skip((page - 1) * size).Take(size)
            .Select(r => new JobRunItem(r.Id, r.JobGroup, r.JobName, r.Subject, r.Node, r.Attempt, r.StartedAt, r.FinishedAt,
                r.DurationMs, r.Outcome, r.Error))
            .ToListAsync(cancellationToken);
        return new PagedList<JobRunItem>(items, page, size, total);
    }
}
