using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Studios;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Api;

public sealed record StudioWorkerBody(int WorkerId, DateOnly? On);
public sealed record StudioProjectBody(string? Title, DateOnly? StartedOn);
public sealed record StudioResultsBody(int Patents, int FiveSmallEntries, string? Savings, DateOnly? CompletedOn);
public sealed record StudioReviewBody(int Year, StudioReviewGrade Grade, string? Note);

/// <summary>
/// Innovation studios under /api/studios. Everyone signed in reads them; the federation (admins, federation reviewers)
/// names, hands over and reviews them; the studio's enterprise HR keeps its roll and projects.
/// </summary>
public static class StudiosApi
{
    public static RouteGroupBuilder MapStudiosApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/studios").WithTags("Studios");
        var problems = new[] { StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict };

        group.MapGet("/", async (StudioKind? kind, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListStudiosQuery(kind), ct)))
            .WithName("ListStudios").Produces<StudioList>().WithDescription("Every studio with lead, current members, projects and latest review. Filter: kind.");

        group.MapPost("/", async Task<Created<StudioDetails>> (CreateStudioCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/studios/{id}", await mediator.Send(new GetStudioQuery(id), ct));
            })
            .WithName("CreateStudio").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Admins and federation reviewers: Name, Kind, EnterpriseId, LeadWorkerId (of that enterprise), FoundedOn.");

        group.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetStudioQuery(id), ct)))
            .WithName("GetStudio").Produces<StudioDetails>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One studio: members (with dates), projects with results, reviews, and what the reader may change.");

        Problems(group.MapPut("/{id:int}/lead", async (int id, StudioWorkerBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeStudioLeadCommand(id, body.WorkerId), ct)))
            .WithName("ChangeStudioLead").WithDescription("Admins and federation reviewers: WorkerId of the studio's enterprise (a member leaves the roll today)."));

        Problems(group.MapPost("/{id:int}/members", async (int id, StudioWorkerBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new JoinStudioCommand(id, body.WorkerId, body.On), ct)))
            .WithName("JoinStudio").WithDescription("The studio's enterprise HR or the federation: WorkerId joins On a date."));

        Problems(group.MapPost("/{id:int}/members/{workerId:int}/leave", async (int id, int workerId, StudioWorkerBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LeaveStudioCommand(id, workerId, body.On), ct)))
            .WithName("LeaveStudio").WithDescription("The studio's enterprise HR or the federation: the member leaves On a date."));

        Problems(group.MapPost("/{id:int}/projects", async (int id, StudioProjectBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddStudioProjectCommand(id, body.Title ?? "", body.StartedOn), ct)))
            .WithName("AddStudioProject").WithDescription("The studio's enterprise HR or the federation: Title, StartedOn; returns the project id."));

        Problems(group.MapPut("/{id:int}/projects/{projectId:int}/results", async (int id, int projectId, StudioResultsBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordStudioProjectResultsCommand(id, projectId, body.Patents, body.FiveSmallEntries, body.Savings ?? "", body.CompletedOn), ct)))
            .WithName("RecordStudioProjectResults")
            .WithDescription("Patents, FiveSmallEntries, Savings (yuan as text, exact to the fen, e.g. \"12,345.67\"), CompletedOn; returns savings in fen."));

        Problems(group.MapPost("/{id:int}/reviews", async (int id, StudioReviewBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviewStudioCommand(id, body.Year, body.Grade, body.Note), ct)))
            .WithName("ReviewStudio").WithDescription("Admins and federation reviewers: Year (one review a year), Grade, Note."));

        api.MapGet("/reports/talent/studios", async (int? fromYear, int? toYear, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStudioOutputReportQuery(fromYear, toYear), ct)))
            .WithTags("Reports").WithName("GetStudioOutputReport").Produces<StudioOutputReport>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Projects, patents, 五小 entries and savings (fen) by studio and year (completion year, else start year). " +
                             "Admins, organizers, federation reviewers: the city; enterprise HR: its enterprise's studios; others 403.");
        return api;

        void Problems(RouteHandlerBuilder endpoint)
        {
            endpoint.ProducesValidationProblem();
            foreach (var status in problems) endpoint.ProducesProblem(status);
        }
    }
}
