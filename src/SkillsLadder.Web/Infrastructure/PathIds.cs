using SkillsLadder.Application.Common;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// A PUT names its record twice, in the path and in the body. The path wins, but a body naming another record
/// (PUT /api/workers/342 with "id": 697) is a client mixing two records up: refused (400 naming the field), not
/// silently applied to the path's record. A body that leaves the id out (0) is fine.
/// </summary>
public static class PathIds
{
    public const string Mismatch = "请求体中的编号与地址中的编号不一致。";

    public static RouteHandlerBuilder BodyIdMatchesPath<TBody>(this RouteHandlerBuilder builder, Func<TBody, int?> bodyId, string field,
        string route = "id") =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var body = context.Arguments.OfType<TBody>().FirstOrDefault();
            if (body is not null && bodyId(body) is { } given and not 0
                && int.TryParse(context.HttpContext.Request.RouteValues[route]?.ToString(), out var path) && given != path)
                throw RequestValidationException.For(field, Mismatch);
            return await next(context);
        });
}
