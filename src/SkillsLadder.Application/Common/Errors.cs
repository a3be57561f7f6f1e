namespace SkillsLadder.Application.Common;

/// <summary>Input that fails validation: field name → messages. Maps to 400 and to ModelState.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The thing asked for does not exist (or is not visible to this user). Maps to 404.</summary>
public sealed class NotFoundException(string entity, object key) : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
    public object Key { get; } = key;
}

/// <summary>The user may not do this to this resource. Maps to 403.</summary>
public sealed class ForbiddenException(string message = "You may not access this resource.") : Exception(message);

/// <summary>The request lost a race (stale version, unique key taken meanwhile). Maps to 409.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
