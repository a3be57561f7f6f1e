namespace SkillsLadder.Data.Auditing;

/// <summary>
/// One line of the audit log: who did what to which record, when, with the values before and after (JSON).
/// Written in the same transaction as the change it records, so neither exists without the other.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    /// <summary>The account's user name, or "system" for start-up work and imports.</summary>
    public string Actor { get; set; } = "";
    /// <summary>Created, Updated, Deleted, SignedIn, SignInFailed, LockedOut, SignedOut, PasswordChanged.</summary>
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>Client address for sign-in events.</summary>
    public string? Address { get; set; }
}
