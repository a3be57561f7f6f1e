using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Labour competitions (劳动竞赛) under /api/campaigns: particulars and lifecycle, participants, periods and the
/// versioned indicator scheme. Organizers and admins only, at the edge and again in every handler.
/// </summary>
public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/campaigns").WithTags("Campaigns").RequireAuthorization(AuthSetup.OrganizerPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        var one = group.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async ([AsParameters] ListCampaignsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListCampaigns").WithDescription("Newest first; status (Draft | Running | Closed) and search (name or project) filter.");

        group.MapPost("/", async Task<Created<CampaignDetailsView>> (CreateCampaignCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/campaigns/{id}", await mediator.Send(new GetCampaignQuery(id), ct));
            }).WithName("CreateCampaign").ProducesValidationProblem()
            .WithDescription("A draft campaign. Weekly, Monthly and Quarterly cadences plan their periods from the dates at once; Milestone " +
                             "campaigns add milestones one by one (POST /periods).");

        one.MapGet("/", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCampaignQuery(id), ct)))
            .WithName("GetCampaign").WithDescription("Particulars, counts, version, and what starting (startProblems) or closing (closeProblems) still needs.");

        one.MapPut("/", async (int id, EditCampaignCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { Id = id }, ct);
                return TypedResults.Ok(await mediator.Send(new GetCampaignQuery(id), ct));
            }).WithName("EditCampaign").BodyIdMatchesPath<EditCampaignCommand>(c => c.Id, "Id").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Particulars and award counts (collectiveAwards 0–100, individualAwards 0–500). Send the version you read; a stale one is 409.");

        one.MapPost("/start", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new StartCampaignCommand(id), ct);
                return TypedResults.Ok(await mediator.Send(new GetCampaignQuery(id), ct));
            }).WithName("StartCampaign").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Draft → Running. 409 campaign.not_ready lists everything missing (two active participants, periods, a scheme).");

        one.MapPost("/close", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CloseCampaignCommand(id), ct);
                return TypedResults.Ok(await mediator.Send(new GetCampaignQuery(id), ct));
            }).WithName("CloseCampaign").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Running → Closed; 409 campaign.periods_open while a period is not locked.");

        MapParticipants(one.MapGroup("/participants"));
        MapPeriods(one.MapGroup("/periods"));

        one.MapGet("/scheme", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetIndicatorSchemeQuery(id), ct)))
            .WithName("GetIndicatorScheme")
            .WithDescription("Every version, newest first, with the periods each applies to; firstUnassessedPeriod is the earliest a new version may start.");

        one.MapPut("/scheme", async (int id, SaveIndicatorSchemeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { CampaignId = id }, ct);
                return TypedResults.Ok(await mediator.Send(new GetIndicatorSchemeQuery(id), ct));
            }).WithName("SaveIndicatorScheme").BodyIdMatchesPath<SaveIndicatorSchemeCommand>(c => c.CampaignId, "CampaignId").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("A new version of the whole scheme: { latestNumber (the newest version you read, 0 for none), fromPeriod (period number), " +
                             "scheme: { indicators: [{ code, name, category, weightPercent, basePoints, measure?: { unit, target, direction, bonusPerUnit, " +
                             "deductionPerUnit, minimum, maximum }, bonusCap?, deductionCap?, events: [{ code, name, pointsEach, isVeto, maxCount }] }] } }. " +
                             "Points have at most two decimals. Every problem comes back at once (400); a stale latestNumber is 409.");
        return api;
    }

    private static void MapParticipants(RouteGroupBuilder participants)
    {
        participants.MapGet("/", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListParticipantsQuery(id), ct)))
            .WithName("ListCampaignParticipants").WithDescription("Units then individuals, with members and leaders; withdrawn ones last with their reason.");

        participants.MapPost("/units", async (int id, AddUnitCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/campaigns/{id}/participants", new { id = await mediator.Send(command with { CampaignId = id }, ct) }))
            .WithName("AddCampaignUnit").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("A section, crew or enterprise (unitKind Section | Crew | Enterprise), optionally with its enterprise and leader worker.");

        participants.MapPost("/individuals", async (int id, AddIndividualCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/campaigns/{id}/participants", new { id = await mediator.Send(command with { CampaignId = id }, ct) }))
            .WithName("AddCampaignIndividual").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("A worker from the directory (workerId), optionally in one of the campaign's units (unitId; they join its members).");

        participants.MapPut("/{participantId:int}/members", async (int id, int participantId, SetUnitMembersCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { members = await mediator.Send(command with { CampaignId = id, ParticipantId = participantId }, ct) }))
            .WithName("SetCampaignUnitMembers").BodyIdMatchesPath<SetUnitMembersCommand>(c => c.CampaignId, "CampaignId")
            .BodyIdMatchesPath<SetUnitMembersCommand>(c => c.ParticipantId, "ParticipantId", "participantId").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Replaces a unit's members with workerIds (up to 500 directory workers).");

        participants.MapPost("/{participantId:int}/withdraw", async (int id, int participantId, WithdrawParticipantCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { CampaignId = id, ParticipantId = participantId }, ct);
                return TypedResults.NoContent();
            }).WithName("WithdrawCampaignParticipant").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("With a reason; the participant's assessments stay on record but leave the standings.");
    }

    private static void MapPeriods(RouteGroupBuilder periods)
    {
        periods.MapGet("/", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPeriodsQuery(id), ct)))
            .WithName("ListCampaignPeriods").WithDescription("Periods in order with status, scheme version, and active/submitted counts.");

        periods.MapPost("/plan", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new PlanPeriodsCommand(id), ct);
                return TypedResults.Ok(await mediator.Send(new ListPeriodsQuery(id), ct));
            }).WithName("PlanCampaignPeriods").ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Draft only: plans the weekly, monthly or quarterly periods again from the campaign's dates.");

        periods.MapPost("/", async (int id, AddMilestoneCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { CampaignId = id }, ct);
                return TypedResults.Ok(await mediator.Send(new ListPeriodsQuery(id), ct));
            }).WithName("AddCampaignMilestone").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Milestone campaigns: { label, endsOn }; the milestone runs from the day after the previous one.");
    }
}
