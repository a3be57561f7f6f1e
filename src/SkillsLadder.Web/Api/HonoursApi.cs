using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Honours under /api/honours (catalogue, working calendar, nominations and their review), the proposal from a
/// competition result under /api/competitions/{id}/nominations, and the public notice under /api/notices (anonymous,
/// objections rate-limited like sign-in).
/// </summary>
public static class HonoursApi
{
    public static RouteGroupBuilder MapHonoursApi(this RouteGroupBuilder api)
    {
        var honours = api.MapGroup("/honours").WithTags("Honours").ProducesProblem(StatusCodes.Status403Forbidden);
        MapCatalogue(honours);
        MapCalendar(honours.MapGroup("/calendar").RequireAuthorization(AuthSetup.AdminPolicy));
        NominationsApi.Map(honours.MapGroup("/nominations"));
        honours.MapGet("/reviewers", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListReviewersQuery(), ct)))
            .WithName("ListReviewers").RequireAuthorization(AuthSetup.ReviewPolicy)
            .WithDescription("Federation reviewers (HR reviewer accounts without an enterprise): the choices for assignment.");

        api.MapPost("/competitions/{id:int}/nominations", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ProposeNominationsCommand(id), ct)))
            .WithTags("Competitions").WithName("ProposeNominations").RequireAuthorization(AuthSetup.OrganizerPolicy).Produces<ProposalResult>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Organizers: nominations from the published result by the ranking rules (top HonourTopN → HonourTitle, which must be in the " +
                             "catalogue, else 400; top PromotionTopN → one level up to PromotionCapLevelRank, those at the cap skipped and listed). " +
                             "Idempotent: a second run creates nothing and says so. 409 before the result is published.");

        var notices = api.MapGroup("/notices").WithTags("Notices").AllowAnonymous();
        notices.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListNoticesQuery(), ct)))
            .WithName("ListNotices").WithDescription("Anyone: nominations on public notice now or soon (name, enterprise, honour or level, source, window).");
        notices.MapPost("/{nominationId:int}/objections", async (int nominationId, FileObjectionCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/notices/{nominationId}/objections", new { id = await mediator.Send(command with { NominationId = nominationId }, ct) }))
            .WithName("FileObjection").RequireRateLimiting(AuthSetup.SignInRateLimit).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithDescription("Anyone, signed in or not: a written objection under a real name with a valid national ID number. Anonymous names and bad ID " +
                             "numbers 400; before the window (objection.early), after it (objection.late), twice by one ID number (objection.duplicate) 409.");
        return api;
    }

    private static void MapCatalogue(RouteGroupBuilder honours)
    {
        var types = honours.MapGroup("/types");
        types.MapGet("/", async (bool? activeOnly, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListHonourTypesQuery(activeOnly ?? false), ct)))
            .WithName("ListHonourTypes").RequireAuthorization(AuthSetup.DirectoryPolicy)
            .WithDescription("Admins, organizers and HR: the honour catalogue; BonusFen is integer fen, BonusYuan the same as text.");
        types.MapGet("/{id:int}", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetHonourTypeQuery(id), ct)))
            .WithName("GetHonourType").RequireAuthorization(AuthSetup.DirectoryPolicy).ProducesProblem(StatusCodes.Status404NotFound);
        types.MapPost("/", async Task<Created<HonourTypeDto>> (CreateHonourTypeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/honours/types/{id}", await mediator.Send(new GetHonourTypeQuery(id), ct));
            }).WithName("CreateHonourType").RequireAuthorization(AuthSetup.AdminPolicy).ProducesValidationProblem()
            .WithDescription("Admins. BonusYuan in yuan with at most two decimals (\"20000\", \"1500.5\"), stored exactly as fen.");
        types.MapPut("/{id:int}", async (int id, EditHonourTypeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { Id = id }, ct);
                return TypedResults.Ok(await mediator.Send(new GetHonourTypeQuery(id), ct));
            }).WithName("EditHonourType").BodyIdMatchesPath<EditHonourTypeCommand>(c => c.Id, "Id").RequireAuthorization(AuthSetup.AdminPolicy).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Admins. Send the Version you read; a stale one answers 409 (stale_version).");
        types.MapPost("/{id:int}/deactivate", async (int id, VersionBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeactivateHonourTypeCommand(id, body.Version), ct);
                return TypedResults.Ok(await mediator.Send(new GetHonourTypeQuery(id), ct));
            }).WithName("DeactivateHonourType").RequireAuthorization(AuthSetup.AdminPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Admins: no new nominations for this title; held honours and running nominations are kept.");
    }

    private static void MapCalendar(RouteGroupBuilder calendar)
    {
        calendar.MapGet("/", async (int? year, IMediator mediator, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCalendarDaysQuery(year ?? clock.GetUtcNow().Year), ct)))
            .WithName("ListCalendarDays").WithDescription("Admins: a year's holidays on weekdays and weekend make-up working days.");
        calendar.MapPost("/", async (AddCalendarDayCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/honours/calendar?year={(await mediator.Send(command, ct)).Year}", command))
            .WithName("AddCalendarDay").ProducesValidationProblem()
            .WithDescription("Admins: IsWorkingDay false for a holiday (must be Monday–Friday), true for a make-up day (must be a weekend).");
        calendar.MapDelete("/{date}", async (DateOnly date, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveCalendarDayCommand(date), ct);
                return TypedResults.NoContent();
            }).WithName("RemoveCalendarDay").ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Admins: the date (yyyy-MM-dd) follows the Monday–Friday rule again; running notices keep their windows.");
    }
}

public sealed record VersionBody(int Version);
