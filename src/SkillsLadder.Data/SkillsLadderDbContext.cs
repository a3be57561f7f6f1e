using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data.Auditing;
using SkillsLadder.Data.Identity;
using SkillsLadder.Data.Idempotency;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data;

/// <summary>
/// The one DbContext. Its model is provider-neutral (no schemas, sequences or provider column types) so that
/// SQLite, PostgreSQL and SQL Server map it the same way; the provider is chosen in <see cref="DatabaseSetup"/>.
/// </summary>
public sealed class SkillsLadderDbContext(DbContextOptions<SkillsLadderDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<int>, int>(options)
{
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<SkillLevel> SkillLevels => Set<SkillLevel>();
    public DbSet<SkillCertificate> SkillCertificates => Set<SkillCertificate>();
    public DbSet<WorkerLevelChange> WorkerLevelChanges => Set<WorkerLevelChange>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<WorkerHonour> WorkerHonours => Set<WorkerHonour>();
    public DbSet<Competition> Competitions => Set<Competition>();
    public DbSet<CompetitionStatusChange> CompetitionStatusChanges => Set<CompetitionStatusChange>();
    public DbSet<MarkingComponent> MarkingComponents => Set<MarkingComponent>();
    public DbSet<MarkingCriterion> MarkingCriteria => Set<MarkingCriterion>();
    public DbSet<MarkingAspect> MarkingAspects => Set<MarkingAspect>();
    public DbSet<Entrant> Entrants => Set<Entrant>();
    public DbSet<EntrantMember> EntrantMembers => Set<EntrantMember>();
    public DbSet<CompetitionJudge> CompetitionJudges => Set<CompetitionJudge>();
    public DbSet<JudgePanel> JudgePanels => Set<JudgePanel>();
    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();
    public DbSet<PanelCriterion> PanelCriteria => Set<PanelCriterion>();
    public DbSet<ConflictOfInterest> Conflicts => Set<ConflictOfInterest>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();
    public DbSet<ScoreEntry> ScoreEntries => Set<ScoreEntry>();
    public DbSet<ScoreChange> ScoreChanges => Set<ScoreChange>();
    public DbSet<ProcessedRequest> ProcessedRequests => Set<ProcessedRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SkillsLadderDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back as Unspecified; every instant we store is UTC, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums as their names: readable in every database and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// The app-managed concurrency token: the UPDATE carries "WHERE Version = original", so a stale edit
    /// updates no row and EF raises a concurrency conflict.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
