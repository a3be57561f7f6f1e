using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// Refusals that come before any endpoint, answered like every other refusal (ProblemDetails for the API) instead of
/// the server's bare status or a fault: headers past <see cref="MaximumHeaderBytes"/> (431) and a body whose media
/// type or charset cannot be read (415).
/// </summary>
public static class RequestGuards
{
    /// <summary>What the app accepts in all headers together (Kestrel's own default).</summary>
    public const int MaximumHeaderBytes = 32 * 1024;

    /// <summary>
    /// Kestrel answers past its own limit with an empty 431 before any middleware runs, so its limit sits above ours:
    /// up to there the refusal is ours, with a body. Past it (a megabyte of headers) Kestrel still cuts the connection short.
    /// </summary>
    public const int ServerHeaderBytes = 1024 * 1024;

    public static void AddTo(WebApplicationBuilder builder) =>
        builder.Services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestHeadersTotalSize = ServerHeaderBytes;
            o.Limits.Http2.MaxRequestHeaderFieldSize = ServerHeaderBytes;
        });

    /// <summary>Inside the exception handler: the refusals are thrown and mapped by <see cref="ErrorMapping"/>.</summary>
    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page re-executes with the same request: it must render, not be refused again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            if (HeaderBytes(context.Request.Headers) > MaximumHeaderBytes)
                throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Request headers too large.", StatusCodes.Status431RequestHeaderFieldsTooLarge);
            if (!IsReadableMediaType(context.Request.ContentType))
                throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Unsupported media type or charset.", StatusCodes.Status415UnsupportedMediaType);
        }
        await next(context);
    });

    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            total += name.Length + 4;
            foreach (var value in values) total += value?.Length ?? 0;
        }
        return total;
    }

    /// <summary>No content type, or one that parses and names no charset or a charset .NET can decode.</summary>
    public static bool IsReadableMediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)) return false;
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset).Value;
        if (string.IsNullOrEmpty(charset)) return true;
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
