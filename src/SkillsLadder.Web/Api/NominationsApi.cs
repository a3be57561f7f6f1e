using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

public sealed record AssignBody(int ReviewerUserId);
public sealed record ReasonBody(string? Reason);
public sealed record ResolveBody(bool Upheld, string? Decision);

/// <summary>Nominations and their review under /api/honours/nominations, over the same requests as the pages.</summary>
public static class NominationsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", async ([AsParameters] ListNominationsQuery query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListNominations").RequireAuthorization(AuthSetup.DirectoryPolicy).Produces<PagedList<NominationListItem>>()
            .WithDescription("Reviewers and admins: every nomination; enterprise HR: its own workers'; organizers: those from results. Filters: Status, " +
                             "HonourTypeId, Source, EnterpriseId, AssignedToMe, Search (name), Page, PageSize.");
        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetNominationQuery(id), ct)))
            .WithName("GetNomination").RequireAuthorization(AuthSetup.DirectoryPolicy)
            .WithDescription("One nomination with its signed steps, evidence, result reference and objections (ID numbers masked).");
        group.MapPost("/", async (NominateWorkerCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/honours/nominations/{id}", await mediator.Send(new GetNominationQuery(id), ct));
            }).WithName("NominateWorker").RequireAuthorization(AuthSetup.DirectoryEditorPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Enterprise HR for its own workers (403 otherwise), federation reviewers and admins for anyone: an active catalogue honour with Evidence (10+ characters).");
        Step(group, "/{id:int}/withdraw", "WithdrawNomination", AuthSetup.DirectoryPolicy, (id, body) => new WithdrawNominationCommand(id, body.Reason!),
            "The nominating side (the enterprise's HR or the signer; organizers for result nominations; admins), with a Reason, before the notice starts.");
        Step(group, "/{id:int}/recuse", "RecuseReviewer", AuthSetup.ReviewPolicy, (id, body) => new RecuseReviewerCommand(id, body.Reason!),
            "The assigned reviewer steps aside with a Reason; the nomination returns to the queue.");
        Step(group, "/{id:int}/approve", "ApproveNomination", AuthSetup.ReviewPolicy, (id, body) => new ApproveNominationCommand(id, body.Reason!),
            "The assigned reviewer, then (where the honour needs it) a different reviewer; the final approval starts the notice on the next working day.");
        Step(group, "/{id:int}/reject", "RejectNomination", AuthSetup.ReviewPolicy, (id, body) => new RejectNominationCommand(id, body.Reason!),
            "The assigned (or second) reviewer, with a Reason; the worker is told.");

        group.MapPost("/{id:int}/assign", async (int id, AssignBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AssignReviewerCommand(id, body.ReviewerUserId), ct)))
            .WithName("AssignReviewer").RequireAuthorization(AuthSetup.ReviewPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Federation reviewers and admins: assigns a federation reviewer; 409 with the reason on a conflict of interest (same enterprise, same family name).");
        group.MapPost("/{id:int}/objections/{objectionId:int}/resolve", async (int id, int objectionId, ResolveBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResolveObjectionCommand(id, objectionId, body.Upheld, body.Decision!), ct)))
            .WithName("ResolveObjection").RequireAuthorization(AuthSetup.ReviewPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Federation reviewers and admins, with a written Decision: Upheld rejects the nomination; dismissed lets the notice run on.");
        group.MapPost("/{id:int}/confer", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConferNominationCommand(id), ct)))
            .WithName("ConferNomination").RequireAuthorization(AuthSetup.ReviewPolicy).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("After the last notice day with every objection decided: the honour or level goes on the worker, the ladder is re-evaluated, the worker told.");
        group.MapPost("/confer-due", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ConferDueNominationsCommand(), ct)))
            .WithName("ConferDueNominations").RequireAuthorization(AuthSetup.ReviewPolicy).Produces<ConferDueResult>()
            .WithDescription("Confers every nomination whose notice has ended with no open objection; counts those still waiting for a decision.");
    }

    private static void Step<T>(RouteGroupBuilder group, string pattern, string name, string policy, Func<int, ReasonBody, IRequest<T>> command, string description) =>
        group.MapPost(pattern, async (int id, ReasonBody body, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(command(id, body), ct)))
            .WithName(name).RequireAuthorization(policy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithDescription(description);
}
