using MediatR;
using SkillsLadder.Application.Features.Judging;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>Judges, marking panels and conflicts of interest of one competition.</summary>
public static class JudgingApi
{
    public static RouteGroupBuilder MapJudgingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/competitions/{id:int}").WithTags("Competitions").RequireAuthorization(AuthSetup.CompetitionPolicy);

        group.MapGet("/judging", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetJudgingQuery(id), ct)))
            .WithName("GetJudging").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Judges, panels and conflicts. A plain judge sees only their own conflicts.");

        group.MapPost("/judges", async (int id, AddJudgeBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AddJudgeCommand(id, body.UserId, body.IsChief), ct)))
            .WithName("AddJudge").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Organizers seat an account with the Judge role; conflict detection runs at once. Returns the judge id.");

        group.MapDelete("/judges/{judgeId:int}", async (int id, int judgeId, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RemoveJudgeCommand(id, judgeId), ct);
            return TypedResults.NoContent();
        }).WithName("RemoveJudge").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/panels", async (int id, PanelBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SavePanelCommand(id, body.PanelId, body.Name ?? "", body.JudgeIds ?? [], body.CriterionIds ?? []), ct)))
            .WithName("SavePanel").RequireAuthorization(AuthSetup.OrganizerPolicy).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Creates (no PanelId) or changes a panel: its judges and the practical criteria it marks. Returns the panel id.");

        group.MapPost("/conflicts/detect", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(new { added = await mediator.Send(new DetectConflictsCommand(id), ct) }))
            .WithName("DetectConflicts").ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/conflicts", async (int id, DeclareBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DeclareConflictCommand(id, body.EntrantId, body.Note ?? "", body.JudgeId), ct)))
            .WithName("DeclareConflict").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("A judge declares a conflict with an entrant; an organizer may record one for a named judge.");

        group.MapPost("/conflicts/{conflictId:int}/review", async (int id, int conflictId, ReviewBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ReviewConflictCommand(id, conflictId, body.IsConflict, body.Note), ct);
            return TypedResults.NoContent();
        }).WithName("ReviewConflict").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("The chief judge confirms or clears a family-name match (clearing needs a note).");

        return api;
    }

    public sealed record AddJudgeBody(int UserId, bool IsChief);
    public sealed record PanelBody(int? PanelId, string? Name, IReadOnlyList<int>? JudgeIds, IReadOnlyList<int>? CriterionIds);
    public sealed record DeclareBody(int EntrantId, string? Note, int? JudgeId);
    public sealed record ReviewBody(bool IsConflict, string? Note);
}
