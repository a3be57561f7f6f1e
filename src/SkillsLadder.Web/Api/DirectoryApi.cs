using MediatR;
using SkillsLadder.Application.Features.Reference;

namespace SkillsLadder.Web.Api;

/// <summary>The enterprise and worker directory under /api, over the same requests as the pages.</summary>
public static class DirectoryApi
{
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapEnterprisesApi();
        api.MapWorkersApi();
        api.MapGet("/reference", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetReferenceDataQuery(), ct)))
            .WithTags("Reference").WithName("GetReferenceData");
        return app;
    }
}
