using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// Turns an exception into an answer. API callers get ProblemDetails (field errors under "errors");
/// page requests get only the status, which the status-code pages turn into the friendly error page.
/// Faults are logged with their stack; the answer carries a trace id, never the stack or SQL.
/// </summary>
public sealed class ErrorHandler(IProblemDetailsService problemDetails, IStringLocalizer<SharedResource> text, ILogger<ErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var error = ErrorMapping.Describe(exception);
        if (error.Status >= 500) logger.LogError(exception, "Unhandled fault on {Path}", context.Request.Path);
        context.Response.StatusCode = error.Status;
        if (!IsApi(context.Request)) return true;

        var problem = error.FieldErrors is { } fields
            ? new ValidationProblemDetails(fields.ToDictionary(f => ToCamelCase(f.Key), f => f.Value.Select(m => text.Translate(m)).ToArray()))
            : new ProblemDetails();
        // Messages are Chinese keys: the request's culture (?culture=en or the switch's cookie) picks the language.
        problem.Status = error.Status;
        problem.Title = text.Translate(error.Title);
        problem.Detail = error.Detail is null ? null : text.Translate(error.Detail);
        problem.Type = $"https://httpstatuses.io/{error.Status}";
        if (error.Code is not null) problem.Extensions["code"] = error.Code;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Field names as the JSON body spells them ("creditCode"), so clients can match errors to inputs.</summary>
    public static string ToCamelCase(string name) =>
        string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
