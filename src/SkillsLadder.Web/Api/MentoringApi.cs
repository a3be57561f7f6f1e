using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Mentoring;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Api;

public sealed record SignatureBody(MentoringParty Party);
public sealed record TerminationBody(string? Reason);

/// <summary>
/// Master–apprentice pairs under /api/mentoring/pairs, over the same requests as the pages. Any signed-in user reaches
/// them; the handlers decide who sees which pair and who signs as which party (a worker only as themself).
/// </summary>
public static class MentoringApi
{
    public static RouteGroupBuilder MapMentoringApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mentoring/pairs").WithTags("Mentoring");

        group.MapGet("/", async (MentoringStatus? status, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMentoringPairsQuery(status), ct)))
            .WithName("ListMentoringPairs").Produces<MentoringPairList>()
            .WithDescription("Pairs the reader may see, newest first: a worker those they are mentor or apprentice in; enterprise HR its " +
                             "enterprise's; federation reviewers and admins all; others none. Filter: status.");

        group.MapPost("/", async Task<Created<MentoringPairDetails>> (CreateMentoringPairCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/mentoring/pairs/{id}", await mediator.Send(new GetMentoringPairQuery(id), ct));
            })
            .WithName("CreateMentoringPair").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Enterprise HR (its workers) or an admin: MentorWorkerId, ApprenticeWorkerId (same enterprise; the mentor's level " +
                             "above the apprentice's by the directory), Plan (20+), StartsOn, EndsOn (3–36 months), Milestones [{Title, DueOn}] (1–12).");

        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMentoringPairQuery(id), ct)))
            .WithName("GetMentoringPair").Produces<MentoringPairDetails>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One pair with plan, signatures, milestones, outcome, and what the reader may do (MaySignAs, MayClose).");

        group.MapPost("/{id:int}/sign", async (int id, SignatureBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignMentoringPlanCommand(id, body.Party), ct)))
            .WithName("SignMentoringPlan").Produces<MentoringStatus>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Party Mentor or Apprentice: that worker's own account only (403 otherwise); Enterprise: its HR or an admin. " +
                             "Returns the status: Active once all three have signed.");

        group.MapPost("/{id:int}/milestones/{number:int}/sign", async (int id, int number, SignatureBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignOffMentoringMilestoneCommand(id, number, body.Party), ct)))
            .WithName("SignOffMentoringMilestone").Produces<bool>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Signs off milestone number of an active pair, as for the plan; returns whether all three have now signed it off.");

        group.MapPost("/{id:int}/complete", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CompleteMentoringPairCommand(id), ct)))
            .WithName("CompleteMentoringPair").Produces<int>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Enterprise HR or an admin, once every milestone is signed off by all three (409 naming those that are not); " +
                             "records the apprentice's current level and returns the levels gained.");

        group.MapPost("/{id:int}/terminate", async (int id, TerminationBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TerminateMentoringPairCommand(id, body.Reason ?? ""), ct)))
            .WithName("TerminateMentoringPair").Produces<int>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Enterprise HR or an admin ends a draft or active pair with a Reason.");

        api.MapGet("/reports/talent/mentoring", async (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMentoringReportQuery(year), ct)))
            .WithTags("Reports").WithName("GetMentoringReport").Produces<MentoringReport>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Active pairs, pairs completed in year (default this year) and levels gained, by enterprise and by industry. " +
                             "Admins, organizers, federation reviewers: the city; enterprise HR: its enterprise; others 403.");
        return api;
    }
}
