using SkillsLadder.Data;
using SkillsLadder.Data.Auditing;

namespace SkillsLadder.Application.Common;

/// <summary>
/// An audit entry for an act that changes no row of ours the interceptor could see: an admin's lever on a job (the
/// engine's own storage), a password reset (whose hash and stamp are never logged).
/// </summary>
public static class AuditLog
{
    public static void Record(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock, string action, string entityType, string entityId, object? after = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = user.UserName ?? "system",
            Action = action,
            EntityType = entityType,
            EntityId = entityId.Length <= 40 ? entityId : entityId[..40],
            After = after is null ? null : System.Text.Json.JsonSerializer.Serialize(after, AuditInterceptor.JsonOptions),
        });
}
