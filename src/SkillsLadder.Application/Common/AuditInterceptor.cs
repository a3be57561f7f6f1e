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
/// Writes an audit entry for every change to people's data (workers, certificates, level history, enterprises,
/// accounts) in the same SaveChanges, hence the same transaction. Generated keys are known only after the
/// insert, so the entries are completed and saved right after the first save, still inside the transaction.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    // Score sheets keep their own history (ScoreChange); the competition records around them are audited here.
    private static readonly HashSet<Type> Audited =
    [
        typeof(Worker), typeof(SkillCertificate), typeof(WorkerLevelChange), typeof(Enterprise), typeof(AppUser),
        typeof(Domain.Competitions.Competition), typeof(Domain.Competitions.Entrant), typeof(Domain.Competitions.CompetitionJudge),
        typeof(Domain.Competitions.ConflictOfInterest),
        // Wage bargaining: every step of an agreement, its parties, rounds and votes, and the minimum wage table.
        typeof(Domain.Pay.WageAgreement), typeof(Domain.Pay.AgreementRepresentative), typeof(Domain.Pay.BargainingRound),
        typeof(Domain.Pay.AgreementVote), typeof(Domain.Pay.MinimumWage),
    ];
    /// <summary>Secrets never go into the log.</summary>
    private static readonly HashSet<string> Hidden = [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp)];
    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => Audited.Contains(e.Metadata.ClrType)))
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
                EntityType = entry.Metadata.ClrType.Name,
                Before = entry.State == EntityState.Added ? null : Json(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                After = entry.State == EntityState.Deleted ? null : Json(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
            }));
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_pending.Count == 0) return result;
        var entries = _pending.ToList();
        _pending.Clear();
        foreach (var (entry, audit) in entries)
            audit.EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        eventData.Context!.AddRange(entries.Select(e => e.Audit));
        await eventData.Context.SaveChangesAsync(cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Clear();

    /// <summary>Names stay readable in the log (no \uXXXX escapes); it is stored as text, never rendered as HTML raw.</summary>
    // Enums by name, as the database stores them: "Marking" reads better in the log than 3.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static string Json(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, JsonOptions);
}
