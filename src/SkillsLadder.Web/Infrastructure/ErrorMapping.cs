using SkillsLadder.Application.Common;
using SkillsLadder.Domain.Common;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>What an error means to a user: the one mapping that the API (ProblemDetails) and the pages (ModelState) share.</summary>
public sealed record ErrorDescription(int Status, string Title, string? Detail, string? Code, IReadOnlyDictionary<string, string[]>? FieldErrors);

public static class ErrorMapping
{
    /// <summary>Maps known errors; anything else is a fault (500) whose details never leave the server.</summary>
    public static ErrorDescription Describe(Exception exception) => exception switch
    {
        RequestValidationException v => new(StatusCodes.Status400BadRequest, "输入有误", "请按提示修改后重试。", "validation", v.Errors),
        DomainException { Field: { } field } d => new(StatusCodes.Status400BadRequest, "输入有误", d.Message, d.Code,
            new Dictionary<string, string[]> { [field] = [d.Message] }),
        DomainException d => new(StatusCodes.Status409Conflict, "不符合业务规则", d.Message, d.Code, null),
        ConflictException c => new(StatusCodes.Status409Conflict, "操作冲突", c.Message, c.Code, null),
        NotFoundException => new(StatusCodes.Status404NotFound, "未找到", "所请求的记录不存在。", "not_found", null),
        ForbiddenException f => new(StatusCodes.Status403Forbidden, "无权访问", f.Message, "forbidden", null),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => new(StatusCodes.Status415UnsupportedMediaType,
            "不支持的媒体类型", "无法读取请求内容：媒体类型或字符集（charset）不受支持，请使用 UTF-8。", "unsupported_media_type", null),
        BadHttpRequestException { StatusCode: StatusCodes.Status431RequestHeaderFieldsTooLarge } => new(StatusCodes.Status431RequestHeaderFieldsTooLarge,
            "请求头过大", "请求头合计超过 32 KB（如过长的 Idempotency-Key），请缩短后重试。", "headers_too_large", null),
        BadHttpRequestException b => new(b.StatusCode, "请求无效", "请求格式不正确。", "bad_request", null),
        _ => new(StatusCodes.Status500InternalServerError, "服务器内部错误", "处理请求时出错，请稍后重试。", "internal", null),
    };

    public static bool IsUserError(ErrorDescription error) => error.Status is 400 or 409;
}
