using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Innovation;

namespace SkillsLadder.Web.Api;

public sealed record WithdrawalBody(int? Version);

/// <summary>
/// Innovation entries (五小, 合理化建议) under /api/innovations, over the same requests as the pages. Any signed-in user
/// reaches them: the handlers decide who sees, submits, assesses and withdraws which entry.
/// </summary>
public static class InnovationApi
{
    public static RouteGroupBuilder MapInnovationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/innovations").WithTags("Innovation");

        group.MapGet("/", async ([AsParameters] ListInnovationsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListInnovations").Produces<PagedList<InnovationListItem>>().ProducesValidationProblem()
            .WithDescription("Entries the reader may see, newest first: a worker those they are an author of; enterprise HR its enterprise's; " +
                             "federation reviewers and admins all; organizers those raised in labour campaigns. Filters: Status, Kind, Year (of submission), Page, PageSize.");

        group.MapPost("/", async Task<Created<InnovationDetails>> (SubmitInnovationCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/innovations/{id}", await mediator.Send(new GetInnovationQuery(id), ct));
            })
            .WithName("SubmitInnovation").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("A worker for themself (WorkerId empty), enterprise HR or an admin for a worker of the enterprise: Kind, Title (4+), " +
                             "Description (10+), ExpectedBenefit, CoAuthorWorkerIds (same enterprise), ParticipantId of a running campaign " +
                             "(a unit of the worker's enterprise or the worker's own individual entry; CampaignId optional).");

        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInnovationQuery(id), ct)))
            .WithName("GetInnovation").Produces<InnovationDetails>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One entry with authors, campaign team, assessment and what the reader may do now (May).");

        group.MapPost("/{id:int}/assessment", async (int id, AssessInnovationCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { EntryId = id }, ct);
                return TypedResults.Ok(await mediator.Send(new GetInnovationQuery(id), ct));
            })
            .WithName("AssessInnovation").Produces<InnovationDetails>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Enterprise HR of the entry's enterprise, federation reviewers, admins; never an author (409 innovation.conflict_of_interest). " +
                             "Version, Adopted; when adopted AssessedBenefit in yuan (exact to the fen) and optionally a Grade other than the suggested one " +
                             "with a Note giving the reason; when not adopted a Note. A stale Version is 409.");

        group.MapPost("/{id:int}/withdrawal", async (int id, WithdrawalBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new WithdrawInnovationCommand(id, body.Version), ct);
                return TypedResults.Ok(await mediator.Send(new GetInnovationQuery(id), ct));
            })
            .WithName("WithdrawInnovation").Produces<InnovationDetails>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The submitting worker, while the entry awaits assessment, with the Version they read.");

        return api;
    }
}
