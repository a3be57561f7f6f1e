using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Data;

/// <summary>
/// ConnectionStrings:SkillsLadderReadOnly, a read replica (or a read-only role), when configured. The web layer points
/// a read-only request's DbContext at it once the request's own checks (the account's security stamp) have read the
/// primary, so handlers stay as they are and a replica's lag never signs anyone out.
/// </summary>
public sealed class ReadOnlyDatabase(string? connectionString)
{
    public bool Configured => connectionString is not null;

    /// <summary>From here on this context reads the replica; it must have no open connection or transaction.</summary>
    public void Route(SkillsLadderDbContext db)
    {
        if (connectionString is not null) db.Database.SetConnectionString(connectionString);
    }
}
