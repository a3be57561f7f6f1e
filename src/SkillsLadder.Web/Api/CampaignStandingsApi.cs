using MediatR;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Api;

/// <summary>
/// Labour-campaign standings under /api/campaigns/{id} for organizers: standings per period or cumulative, the red
/// banner, the year-end award proposals, the .xlsx export; and the one anonymous route, the public board under
/// /api/public/campaigns/{id}/board. The standings are written by the campaign's ranking job after each change.
/// </summary>
public static class CampaignStandingsApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapCampaignStandingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/campaigns/{id:int}").WithTags("Campaigns").RequireAuthorization(AuthSetup.OrganizerPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/standings", async (int id, int? periodId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignStandingsQuery(id, periodId), ct)))
            .WithName("GetCampaignStandings").Produces<CampaignStandingsView>()
            .WithDescription("Organizers: the newest standings snapshot, for one period (?periodId=) or cumulative over the locked periods (default), " +
                             "units and individuals apart: rank, tie, total, deductions, vetoes, banner, provisional (open period) and the explanation. " +
                             "Updating is true while a change waits to be ranked; Snapshot is null before anything was submitted.");

        group.MapGet("/banners", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignBannersQuery(id), ct)))
            .WithName("GetCampaignBanners").Produces<CampaignBanners>()
            .WithDescription("Organizers: the rotating red banner (流动红旗) per locked period with its holder(s) (a shared first place shares it; " +
                             "none when every unit scored zero), the current holder (the latest locked period's) and the tally per unit.");

        group.MapGet("/awards", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignAwardsQuery(id), ct)))
            .WithName("GetCampaignAwards").Produces<CampaignAwards>()
            .WithDescription("Organizers: the year-end candidates by the cumulative standings (top CollectiveAwards units for 先进集体 through " +
                             "their leaders, top IndividualAwards individuals for 先进个人; problems such as a unit without a leader) and the " +
                             "proposals made with their review status.");

        group.MapPost("/awards/proposals", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ProposeCampaignAwardsCommand(id), ct)))
            .WithName("ProposeCampaignAwards").Produces<CampaignAwardsResult>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Organizers, once the campaign is Closed: nominations for the honours review from the final cumulative standings. " +
                             "Idempotent (a second call creates nothing and says so). 409 campaign_awards.not_closed before closing, " +
                             "campaign_awards.updating while a change waits to be ranked. Units without a leader are reported, not proposed.");

        group.MapGet("/standings.xlsx", async (int id, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportCampaignStandingsQuery(id), ct);
                return TypedResults.File(file.Content, Xlsx, file.FileName);
            })
            .WithName("ExportCampaignStandings").Produces(StatusCodes.Status200OK, contentType: Xlsx).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Organizers: the newest standings as .xlsx, a cumulative sheet then one per ranked period, with the explanations. " +
                             "409 campaign_standings.none before anything was ranked.");

        api.MapGet("/public/campaigns/{id:int}/board", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignBoardQuery(id), ct)))
            .AllowAnonymous().ReadsFromReplica().WithTags("Campaigns").WithName("GetPublicCampaignBoard")
            .Produces<CampaignBoard>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Anyone: a running or closed campaign's cumulative standings, the current red banner (latest locked period and its " +
                             "holder) and that period's unit standings. Public columns only (no explanations). 404 for a draft campaign.");
        return api;
    }
}
