namespace SkillsLadder.Domain.Common;

/// <summary>Entity-side checks that back up the validators, so no code path can store a broken value.</summary>
public static class Guard
{
    public static string Text(string? value, string field, int maxLength, int minLength = 1)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length < minLength)
            throw new DomainException("text.required", $"{field} is required.", field);
        if (trimmed.Length > maxLength)
            throw new DomainException("text.too_long", $"{field} must be at most {maxLength} characters.", field);
        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        return Text(trimmed, field, maxLength);
    }

    public static string Valid(string? value, string field, Func<string?, string?> check, Func<string, string> normalise)
    {
        var error = check(value);
        if (error is not null) throw new DomainException($"{field}.invalid", error, field);
        return normalise(value!);
    }
}
