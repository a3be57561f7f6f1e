using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SkillsLadder.Data.Auditing;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Common;

/// <summary>
/// Writes an audit entry for every change a person makes, to any entity except the few in <see cref="NotAudited"/>
/// (the log itself, histories that are their own log, and tables the app derives), in the same SaveChanges, hence the
/// same transaction. It used to list the audited types instead, and each new feature that forgot to add its own went
/// unaudited; now a new entity is audited unless it is deliberately left out. Generated keys are known only after the
/// insert, so the entries (and a new row's "after") are completed and saved right after the first save, still inside
/// the transaction.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Entity types not audited, each for a reason; every other entity type in the model is.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotAudited = new Dictionary<string, string>
    {
        [nameof(AuditEntry)] = "the audit log itself",
        // Score sheets keep their own history (ScoreChange: who, when, before, after); so do period assessments.
        [nameof(Domain.Competitions.ScoreSheet)] = "own history: ScoreChange",
        [nameof(Domain.Competitions.ScoreEntry)] = "own history: ScoreChange",
        [nameof(Domain.Competitions.ScoreChange)] = "a history",
        [nameof(Domain.Labour.AssessmentChange)] = "a history",
        [nameof(Domain.Competitions.CompetitionStatusChange)] = "a history",
        [nameof(Data.Idempotency.ProcessedRequest)] = "replay store for idempotency keys",
        ["DataProtectionKey"] = "secrets (the key ring for cookies and tokens)",
        [nameof(Data.Cluster.SignInWindow)] = "a counter of sign-in attempts (each attempt is audited itself)",
        [nameof(Domain.Ranking.StandingsSnapshot)] = "derived by the ranking job",
        [nameof(Domain.Ranking.StandingsRow)] = "derived by the ranking job",
        [nameof(Domain.Ranking.StandingsDemand)] = "derived: a request for the ranking job",
        [nameof(Domain.Ranking.LiveStanding)] = "derived from the marks",
        [nameof(Domain.Ranking.LiveBoard)] = "derived from the marks",
        [nameof(Data.Jobs.JobRun)] = "the job engine's run history",
        [nameof(Domain.Labour.CampaignStandingsSnapshot)] = "derived by the ranking job",
        [nameof(Domain.Labour.CampaignStandingsRow)] = "derived by the ranking job",
        [nameof(Domain.Labour.CampaignStandingsDemand)] = "derived: a request for the ranking job",
        [nameof(Domain.Training.PracticeBoard)] = "derived by the practice ranking job",
        [nameof(Domain.Training.PracticeBoardRow)] = "derived by the practice ranking job",
        // Written once by its own worker (start, then one hand-in) and holding who, when and what; 200,000 hand-ins at a close.
        [nameof(Domain.Training.PracticeAttempt)] = "own record: its worker, start, hand-in time, answers and mark",
        ["IdentityUserToken<int>"] = "secrets (authenticator keys, recovery codes)",
        ["IdentityUserLogin<int>"] = "external logins are not used",
    };
    /// <summary>Secrets never go into the log.</summary>
    private static readonly HashSet<string> Hidden = [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp)];
    private readonly List<(EntityEntry Entry, AuditEntry Audit, List<string>? AddedProperties)> _pending = [];

    /// <summary>The name an entity type has in the log and in <see cref="NotAudited"/>: "HonourType", "IdentityUserRole&lt;int&gt;".</summary>
    public static string NameOf(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyEntityType type) =>
        type.HasSharedClrType ? type.ShortName() : type.ClrType.IsGenericType
            ? $"{type.ClrType.Name[..type.ClrType.Name.IndexOf('`')]}<{string.Join(",", type.ClrType.GenericTypeArguments.Select(t => t == typeof(int) ? "int" : t.Name))}>"
            : type.ClrType.Name;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => !NotAudited.ContainsKey(NameOf(e.Metadata))))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var changed = entry.Properties.Where(p => !Hidden.Contains(p.Metadata.Name)
                && (entry.State != EntityState.Modified || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))).ToList();
            if (changed.Count == 0) continue;
            _pending.Add((entry, new AuditEntry
            {
                At = clock.GetUtcNow().UtcDateTime,
                Actor = user.UserName ?? "system",
                Action = entry.State.ToString() switch { "Added" => "Created", "Modified" => "Updated", _ => "Deleted" },
                EntityType = NameOf(entry.Metadata),
                Before = entry.State == EntityState.Added ? null : Json(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                After = entry.State is EntityState.Added or EntityState.Deleted ? null : Json(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
            }, entry.State == EntityState.Added ? changed.Select(p => p.Metadata.Name).ToList() : null));
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0) return result;
        var entries = _pending.ToList();
        _pending.Clear();
        foreach (var (entry, audit, added) in entries)
        {
            audit.EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            // Read after the insert: the generated id and the keys of other new rows it points to are real by now, not EF's temporary ones.
            if (added is not null) audit.After = Json(added.ToDictionary(name => name, name => entry.Property(name).CurrentValue));
        }
        eventData.Context!.AddRange(entries.Select(e => e.Audit));
        await eventData.Context.SaveChangesAsync(cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Clear();

    /// <summary>Names stay readable in the log (no \uXXXX escapes); it is stored as text, never rendered as HTML raw.</summary>
    // Enums by name, as the database stores them: "Marking" reads better in the log than 3.
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static string Json(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, JsonOptions);
}
