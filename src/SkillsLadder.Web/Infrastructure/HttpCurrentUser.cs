using System.Security.Claims;
using SkillsLadder.Application.Common;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>The signed-in user from the request's claims; anonymous callers have no roles and see masked data.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string WorkerIdClaim = "skillsladder:worker_id";
    public const string EnterpriseIdClaim = "skillsladder:enterprise_id";
    public const string DisplayNameClaim = "skillsladder:display_name";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public string? UserName => IsAuthenticated ? Principal!.Identity!.Name : null;
    public int? UserId => IntClaim(ClaimTypes.NameIdentifier);
    public int? WorkerId => IntClaim(WorkerIdClaim);
    public int? EnterpriseId => IntClaim(EnterpriseIdClaim);
    public string? DisplayName => IsAuthenticated ? Principal!.FindFirstValue(DisplayNameClaim) ?? UserName : null;
    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    private int? IntClaim(string type) =>
        IsAuthenticated && int.TryParse(Principal!.FindFirstValue(type), out var value) ? value : null;
}
