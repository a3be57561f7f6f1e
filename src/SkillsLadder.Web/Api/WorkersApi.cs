using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

public static class WorkersApi
{
    public static RouteGroupBuilder MapWorkersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workers").WithTags("Workers");

        group.MapGet("/", async ([AsParameters] ListWorkersQuery query, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListWorkers").RequireAuthorization(AuthSetup.DirectoryPolicy);

        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetWorkerQuery(id), ct)))
            .WithName("GetWorker").ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Any signed-in user; a worker gets only their own record (403 otherwise).");

        group.MapPost("/", async Task<Created<WorkerDetails>> (CreateWorkerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/workers/{id}", await mediator.Send(new GetWorkerQuery(id), ct));
        }).WithName("CreateWorker").RequireAuthorization(AuthSetup.DirectoryEditorPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}", async (int id, EditWorkerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { Id = id }, ct);
            return TypedResults.Ok(await mediator.Send(new GetWorkerQuery(id), ct));
        }).WithName("EditWorker").BodyIdMatchesPath<EditWorkerCommand>(c => c.Id, "Id").RequireAuthorization(AuthSetup.DirectoryEditorPolicy).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:int}/certificates", async Task<Created<WorkerDetails>> (int id, AddCertificateCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { WorkerId = id }, ct);
            return TypedResults.Created($"/api/workers/{id}", await mediator.Send(new GetWorkerQuery(id), ct));
        }).WithName("AddCertificate").RequireAuthorization(AuthSetup.DirectoryEditorPolicy).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }
}
