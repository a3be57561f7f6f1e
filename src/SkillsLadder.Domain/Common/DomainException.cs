namespace SkillsLadder.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (clients and tests rely on it);
/// <see cref="Field"/> names the input that broke it, when there is one, so pages can show it in place.
/// </summary>
public sealed class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
}
