using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>The talent ladder: policy versions (admins save new ones) and each worker's progress on it.</summary>
public static class LadderApi
{
    public static RouteGroupBuilder MapLadderApi(this RouteGroupBuilder api)
    {
        var policies = api.MapGroup("/ladder/policies").WithTags("Ladder").RequireAuthorization(AuthSetup.DirectoryPolicy);

        policies.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListLadderPoliciesQuery(), ct)))
            .WithName("ListLadderPolicies").Produces<IReadOnlyList<LadderPolicySummary>>()
            .WithDescription("Every version of the ladder policy, newest first; the one in force today is marked. Admins, organizers and HR reviewers.");

        policies.MapGet("/{number:int}", async (int number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLadderPolicyQuery(number), ct)))
            .WithName("GetLadderPolicy").Produces<LadderPolicyDetails>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One version: tier thresholds and the routes to each level, general and per occupation.");

        policies.MapPost("/", async Task<Created<LadderPolicyDetails>> (SaveLadderPolicyCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var number = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/ladder/policies/{number}", await mediator.Send(new GetLadderPolicyQuery(number), ct));
            })
            .WithName("SaveLadderPolicy").RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Admins only. Saves the rules as a new version effective from a date not in the past and not before the latest version's; field errors name the route row (Routes[2].YearsAtPreviousLevel).");

        var workers = api.MapGroup("/workers/{id:int}").WithTags("Ladder");

        workers.MapGet("/progress", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWorkerProgressQuery(id), ct)))
            .WithName("GetWorkerProgress").Produces<WorkerProgressView>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Current level and tier, every requirement of the next level and tier (met or not, value and target), expiring honours, unread messages and the career timeline. Visible like the worker record.");

        workers.MapPost("/messages/read", async (int id, long? upToId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { marked = await mediator.Send(new MarkWorkerMessagesReadCommand(id, upToId), ct) }))
            .WithName("MarkWorkerMessagesRead").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("The worker marks their own unread messages read (up to upToId when given). Only the worker themselves.");

        return api;
    }
}
