using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>The background jobs for admins under /api/jobs: what is scheduled, what failed, its history, and run now / pause / resume / retry.</summary>
public static class JobsApi
{
    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/jobs").WithTags("Jobs").RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListJobsQuery(), ct)))
            .WithName("ListJobs")
            .WithDescription("Every recurring job (the standings sweep, the daily jobs) and each ranking key (competition, campaign, practice round) with its schedule, state, next run, " +
                             "and from the history its last run, duration, outcome, node and recent errors; failed lists jobs whose retries are spent. Enabled is false when this " +
                             "instance runs no jobs (Jobs:Enabled=false).");

        group.MapGet("/history", async (string? group, string? name, JobOutcome? outcome, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListJobRunsQuery { Group = group, Name = name, Outcome = outcome, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListJobRuns")
            .WithDescription("The job history, newest first, paged (pageSize up to 100): one row per attempt, outcome Running, Succeeded, " +
                             "Retrying (failed, retried with back-off) or Failed, with the node that ran it and the error. Kept for Jobs:KeepHistoryDays.");

        MapAction(group, "run", JobAction.Run, "RunJobNow",
            "Fires the job once now (it still never overlaps a running execution of itself). For ranking/competition-{id} and ranking/campaign-{id} the run is created " +
            "if no run is waiting.");
        MapAction(group, "pause", JobAction.Pause, "PauseJob",
            "Pauses a recurring job: nothing runs until resumed, across restarts; a run already going finishes. 409 for a ranking job (run on demand).");
        MapAction(group, "resume", JobAction.Resume, "ResumeJob", "Resumes a paused recurring job on its configured schedule.");
        group.MapPost("/failed/{jobId}/retry", async (string jobId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetryJobCommand(jobId), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("RetryJob")
            .WithDescription("Runs a job that failed for good (listed under failed in GET /api/jobs) once more; its attempts start over. 404 when no such failed job.")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static void MapAction(RouteGroupBuilder jobs, string verb, JobAction action, string endpointName, string description) =>
        jobs.MapPost($"/{{group}}/{{name}}/{verb}", async (string group, string name, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ControlJobCommand(group, name, action), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName(endpointName).WithDescription(description)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
