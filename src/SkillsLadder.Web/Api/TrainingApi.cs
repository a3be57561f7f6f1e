using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

public sealed record ProgrammeStatusBody(ProgrammeAction? Action, int? Version);
public sealed record EnrolmentBody(int? WorkerId);
public sealed record RosterBody(IReadOnlyList<RosterCell>? Cells);

/// <summary>
/// Training programmes and enrolments under /api/training, over the same requests as the pages. Every signed-in user
/// reaches them; the handlers decide who manages, who enrols whom and who sees which enrolment.
/// </summary>
public static class TrainingApi
{
    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/training").WithTags("Training");

        group.MapGet("/programmes", async ([AsParameters] ListTrainingProgrammesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTrainingProgrammes").Produces<PagedList<TrainingProgrammeItem>>().ProducesValidationProblem()
            .WithDescription("Programmes, open ones first by start date. Filters: OccupationId, Tier, Status, Page, PageSize.");

        group.MapPost("/programmes", async Task<Created<TrainingProgrammeDetails>> (SaveTrainingProgrammeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command with { Id = null }, ct);
                return TypedResults.Created($"/api/training/programmes/{id}", await mediator.Send(new GetTrainingProgrammeQuery(id), ct));
            })
            .WithName("CreateTrainingProgramme").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Admins, organizers and federation reviewers: Title, OccupationId, TargetTier, Provider, Hours, Assessment, Capacity, " +
                             "StartsOn, EndsOn, Cost and Subsidy in yuan (exact to the fen; subsidy at most the cost), IsApproved.");

        group.MapGet("/programmes/{id:int}", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrainingProgrammeQuery(id), ct)))
            .WithName("GetTrainingProgramme").Produces<TrainingProgrammeDetails>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One programme with the enrolments the reader may see and what they may do (May).");

        group.MapPut("/programmes/{id:int}", async (int id, SaveTrainingProgrammeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { Id = id }, ct);
                return TypedResults.Ok(await mediator.Send(new GetTrainingProgrammeQuery(id), ct));
            })
            .WithName("UpdateTrainingProgramme").BodyIdMatchesPath<SaveTrainingProgrammeCommand>(c => c.Id, "Id").Produces<TrainingProgrammeDetails>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The managers, with the Version read; capacity never below the enrolled count. A stale Version is 409.");

        group.MapPost("/programmes/{id:int}/status", async (int id, ProgrammeStatusBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ChangeProgrammeStatusCommand(id, body.Action, body.Version), ct);
                return TypedResults.Ok(await mediator.Send(new GetTrainingProgrammeQuery(id), ct));
            })
            .WithName("ChangeTrainingProgrammeStatus").Produces<TrainingProgrammeDetails>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The managers: Action CloseEnrolment or Cancel, with the Version read.");

        group.MapPost("/programmes/{id:int}/enrolments", async Task<Created<TrainingProgrammeDetails>> (int id, EnrolmentBody body, IMediator mediator, CancellationToken ct) =>
            {
                var enrolmentId = await mediator.Send(new EnrolInTrainingCommand(id, body.WorkerId), ct);
                return TypedResults.Created($"/api/training/enrolments/{enrolmentId}", await mediator.Send(new GetTrainingProgrammeQuery(id), ct));
            })
            .WithName("EnrolInTraining").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("A worker for themself (WorkerId empty); enterprise HR for a worker of its enterprise; the managers for anyone. " +
                             "409 when full, started, not open (training.full / training.started / training.not_open) or already enrolled (training.duplicate).");

        group.MapGet("/programmes/{id:int}/roster", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrainingRosterQuery(id), ct)))
            .WithName("GetTrainingRoster").Produces<TrainingRoster>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("The managers: enrolled workers by day with the hours recorded.");

        group.MapPut("/programmes/{id:int}/roster", async (int id, RosterBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SaveTrainingRosterCommand(id, body.Cells ?? []), ct);
                return TypedResults.Ok(await mediator.Send(new GetTrainingRosterQuery(id), ct));
            })
            .WithName("SaveTrainingRoster").Produces<TrainingRoster>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("The managers: Cells of EnrolmentId, Day, Hours (at most one decimal, 0–12 a day). Any bad cell refuses the whole " +
                             "sheet with errors naming the worker and the day; nothing is saved.");

        group.MapPost("/enrolments/{id:int}/result", async (int id, RecordTrainingResultCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { EnrolmentId = id }, ct);
                return TypedResults.NoContent();
            })
            .WithName("RecordTrainingResult").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The managers: Passed, Score (optional, two decimals), On (default today), Version. A pass with 80% attendance " +
                             "completes with a certificate number; otherwise the enrolment fails with the reason.");

        group.MapPost("/enrolments/{id:int}/withdrawal", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new WithdrawEnrolmentCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawTrainingEnrolment").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The worker, their enterprise HR or a manager, before the result.");

        group.MapGet("/enrolments/{id:int}/certificate", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrainingCertificateQuery(id), ct)))
            .WithName("GetTrainingCertificate").Produces<TrainingCertificate>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("The completion certificate of a completed enrolment: its holder, their enterprise HR and the managers.");

        group.MapGet("/hours-report", async ([AsParameters] GetTrainingHoursReportQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTrainingHoursReport").Produces<TrainingHoursReport>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Hours trained in a Year (completed enrolments by result day) per target tier and per industry, with approved hours. " +
                             "Readers of the talent reports: admins, organizers, federation reviewers; enterprise HR its own enterprise. " +
                             "Filters: IndustryId, EnterpriseId, OccupationId.");

        return api;
    }
}
