using Microsoft.AspNetCore.Mvc.ApplicationModels;
using SkillsLadder.Data;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>Endpoint metadata: a GET of this endpoint may read from ConnectionStrings:SkillsLadderReadOnly (a replica).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReadsFromReplicaAttribute : Attribute;

/// <summary>
/// Read-only pages and API reads (public boards, notices, the workers' portal, talent reports) served from a read
/// replica when one is configured. Only GET and HEAD go there: a form posted to the same page (an objection on the
/// notices page) writes to the primary. A replica lags its primary by its replay delay, so only pages where a
/// second-old view is fine are listed.
/// </summary>
public static class ReadReplica
{
    /// <summary>Razor pages read from the replica (a folder ends with a slash).</summary>
    public static readonly string[] Pages =
    [
        "/Board/Index", "/Campaigns/Board", "/Notices/Index", "/Practice/Board", "/Index", "/Ladder/Worker", "/Pay/Worker", "/Reports/Talent/",
    ];

    public static TBuilder ReadsFromReplica<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsFromReplicaAttribute());

    public static void AddConventions(PageConventionCollection conventions)
    {
        foreach (var page in Pages)
        {
            Action<PageApplicationModel> mark = m => m.EndpointMetadata.Add(new ReadsFromReplicaAttribute());
            if (page.EndsWith('/')) conventions.AddFolderApplicationModelConvention(page.TrimEnd('/'), mark);
            else conventions.AddPageApplicationModelConvention(page, mark);
        }
    }

    /// <summary>
    /// After authentication: the account and its security stamp were read from the primary (a lagging replica would
    /// sign out someone who just changed their password); what the page itself reads comes from the replica.
    /// </summary>
    public static IApplicationBuilder UseReadReplica(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var replica = context.RequestServices.GetRequiredService<ReadOnlyDatabase>();
        if (replica.Configured && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && context.GetEndpoint()?.Metadata.GetMetadata<ReadsFromReplicaAttribute>() is not null)
            replica.Route(context.RequestServices.GetRequiredService<SkillsLadderDbContext>());
        await next();
    });
}
