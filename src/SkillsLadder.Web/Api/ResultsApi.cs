using MediatR;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Domain.Ranking;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>A finalise or publish request: the snapshot the organizer looked at (optional; default the newest eligible).</summary>
public sealed record SnapshotStepBody(int? SnapshotId);

/// <summary>
/// Results under /api/competitions/{id}: standings, finalise and publish, history, export, reports, the jury's live
/// board; and the one anonymous route, the public board under /api/public/boards/{id}. Both boards take ?after= (the
/// snapshot number the caller shows) and answer 204 without a body while it is unchanged; pages poll them every second.
/// </summary>
public static class ResultsApi
{
    public static RouteGroupBuilder MapResultsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/competitions/{id:int}").WithTags("Competitions")
            .RequireAuthorization(AuthSetup.CompetitionPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/standings", async (int id, int? snapshotId, SnapshotBasis? basis, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStandingsQuery(id, snapshotId, basis), ct)))
            .WithName("GetStandings").Produces<JuryStandings>()
            .WithDescription("Organizers and the competition's judges: one whole snapshot (snapshotId, else the newest of basis Live|Locked, else the newest) " +
                             "with every column: bib, names, enterprise, rank, tie, total, standardised, theory, practical, time, prize, medal, proposal, explanation.");

        group.MapGet("/standings/snapshots", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListStandingsSnapshotsQuery(id), ct)))
            .WithName("ListStandingsSnapshots")
            .WithDescription("Snapshot history, newest first: every snapshot from locked marks with its status and superseding, and the newest live one.");

        group.MapPost("/standings/finalise", async (int id, SnapshotStepBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FinaliseStandingsCommand(id, body?.SnapshotId), ct)))
            .WithName("FinaliseStandings").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Organizers: signs the newest snapshot from locked marks. Refused (409) unless the competition is Locked or Ranked " +
                             "(standings.not_locked), every expected sheet is locked (standings.sheets_not_locked) and no change is pending (standings.pending). Locked → Ranked.");

        group.MapPost("/standings/publish", async (int id, SnapshotStepBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishStandingsCommand(id, body?.SnapshotId), ct)))
            .WithName("PublishStandings").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Organizers: publishes a finalised snapshot (default the newest finalised). A previously published one becomes Superseded. Ranked → Published.");

        group.MapGet("/standings.xlsx", async (int id, int? snapshotId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportStandingsQuery(id, snapshotId), ct);
                return TypedResults.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName);
            })
            .WithName("ExportStandings").Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The jury's standings of a snapshot (default the newest) as .xlsx, one row per entrant in position order.");

        group.MapGet("/board", async Task<IResult> (int id, int? after, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetJuryBoardQuery(id, after), ct) is { } standings ? TypedResults.Ok(standings) : TypedResults.NoContent())
            .WithName("GetJuryBoard").Produces<JuryStandings>().Produces(StatusCodes.Status204NoContent)
            .WithDescription("The jury's live board: while marking runs, the live rows' top 100 with theory, practical and time, numbered by the " +
                             "live revision (they follow each submitted sheet); otherwise the newest snapshot of any basis. " +
                             "With ?after=N, 204 while N is still the number shown (0: none yet).");

        group.MapGet("/results/judges", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetJudgeDeviationsQuery(id), ct)))
            .WithName("GetJudgeDeviations")
            .WithDescription("Organizers and the chief judge: per judge the number of values, the mean and mean absolute deviation from the panel's mark " +
                             "(judgements as maximum × v ÷ 3; drafts excluded), and a Harsh/Lenient label beyond max(1.5 × spread, 0.5) from the median.");

        group.MapGet("/results/entrants/{entrantId:int}", async (int id, int entrantId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEntrantBreakdownQuery(id, entrantId), ct)))
            .WithName("GetEntrantBreakdown")
            .WithDescription("Organizers and the chief judge: one entrant's raw values per judge (used, dropped, recused, missing), aggregates, marks, " +
                             "component marks and total from the current sheets, beside the newest snapshot's total, standardised total and rank.");

        api.MapGet("/public/boards/{id:int}", async Task<IResult> (int id, int? after, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetPublicStandingsQuery(id, after), ct) is { } board ? TypedResults.Ok(board) : TypedResults.NoContent())
            .AllowAnonymous().ReadsFromReplica().WithTags("Competitions").WithName("GetPublicBoard")
            .Produces<PublicStandings>().Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Anyone: the published result, else (only while marking runs) the live board, else snapshot null. Public columns only: " +
                             "position, rank, tie, bib, name, enterprise, total, standardised, and prize/medal once published. 404 before marking starts. " +
                             "With ?after=N, 204 while N is still the number shown.");
        return api;
    }
}
