namespace SkillsLadder.Data.Idempotency;

/// <summary>
/// A request applied under an Idempotency-Key. Written in the same transaction as its effect, so a retry either
/// finds this row (and gets the stored answer) or finds nothing was applied; the unique key settles a race.
/// </summary>
public sealed class ProcessedRequest
{
    public const int KeyMaxLength = 100;

    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string UserName { get; set; } = "";
    /// <summary>SHA-256 of the request body: the same key with a different body is refused, not silently ignored.</summary>
    public string RequestHash { get; set; } = "";
    public string ResultJson { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
