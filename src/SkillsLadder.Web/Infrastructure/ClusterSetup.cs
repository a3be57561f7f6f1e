using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using SkillsLadder.Data;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// What lets any number of app nodes stand behind one load balancer, each answering any request: the data-protection
/// key ring in the shared database (so a cookie, bearer token or antiforgery token one node issued is read by every
/// other), and the client's own address from the balancer's X-Forwarded-For (so per-address limits count clients,
/// not the balancer). Sign-in limits (<see cref="SharedSignInLimiter"/>) and idempotency records live in the database too.
/// </summary>
public static class ClusterSetup
{
    /// <summary>The same on every node, whatever folder it is installed in (the default is the content root path).</summary>
    public const string ApplicationName = "SkillsLadder";

    public static IServiceCollection AddSkillsLadderCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<SkillsLadderDbContext>();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1; // one balancer in front; anything further left in the header is the client's to invent
            // Loopback is trusted by default; a balancer on another machine must be named.
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return services;
    }
}
