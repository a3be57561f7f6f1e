using MediatR;
using SkillsLadder.Application.Features.Audit;
using SkillsLadder.Application.Features.Reference;

namespace SkillsLadder.Web.Api;

/// <summary>The API under /api: sign-in, then the enterprise and worker directory over the same requests as the pages.</summary>
public static class DirectoryApi
{
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapAuthApi();
        api.MapAccountsApi();
        api.MapEnterprisesApi();
        api.MapWorkersApi();
        api.MapCompetitionsApi();
        api.MapJudgingApi();
        api.MapRegistrationApi();
        api.MapScoringApi();
        api.MapResultsApi();
        api.MapJobsApi();
        api.MapPayApi();
        api.MapLadderApi();
        api.MapHonoursApi();
        api.MapReportsApi();
        api.MapBargainingApi();
        api.MapInnovationApi();
        api.MapCampaignStandingsApi();
        api.MapCampaignsApi();
        api.MapAssessmentsApi();
        api.MapPracticeApi();
        api.MapTrainingApi();
        api.MapMentoringApi();
        api.MapStudiosApi();
        api.MapTitlesApi();
        api.MapGet("/reference", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetReferenceDataQuery(), ct)))
            .WithTags("Reference").WithName("GetReferenceData");
        api.MapGet("/audit", async ([AsParameters] ListAuditEntriesQuery query, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(query, ct)))
            .WithTags("Audit").WithName("ListAuditEntries").RequireAuthorization(Infrastructure.AuthSetup.AdminPolicy);
        return app;
    }
}
