using SkillsLadder.Data;
using SkillsLadder.Data.Auditing;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>Records sign-in events (success, failure, lock-out, sign-out, password change) with the client address.</summary>
public sealed class SignInAudit(SkillsLadderDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task RecordAsync(string action, string userName, int? userId = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = Truncate(userName, 256),
            Action = action,
            EntityType = "Account",
            EntityId = userId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Address = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
