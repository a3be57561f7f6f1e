using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>/health answers JSON per check (200 when healthy, 503 otherwise), without exception details.</summary>
public static class HealthResponse
{
    public static HealthCheckOptions Options { get; } = new()
    {
        ResponseWriter = async (context, report) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status = report.Status.ToString(),
                totalMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
                checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString() }),
            });
        },
    };
}
