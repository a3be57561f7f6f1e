using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(AuthSetup.DirectoryPolicy);

        group.MapGet("/", async ([AsParameters] ListEnterprisesQuery query, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListEnterprises");

        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetEnterpriseQuery(id), ct)))
            .WithName("GetEnterprise").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<EnterpriseDetails>> (CreateEnterpriseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/enterprises/{id}", await mediator.Send(new GetEnterpriseQuery(id), ct));
        }).WithName("CreateEnterprise").RequireAuthorization(AuthSetup.AdminPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}", async (int id, EditEnterpriseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { Id = id }, ct);
            return TypedResults.Ok(await mediator.Send(new GetEnterpriseQuery(id), ct));
        }).WithName("EditEnterprise").BodyIdMatchesPath<EditEnterpriseCommand>(c => c.Id, "Id").RequireAuthorization(AuthSetup.DirectoryEditorPolicy).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }
}
