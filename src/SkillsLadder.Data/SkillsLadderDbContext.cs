using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
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
/// It also holds the state every app node must share: data-protection keys and sign-in rate-limit windows.
/// </summary>
public sealed class SkillsLadderDbContext(DbContextOptions<SkillsLadderDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
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
    /// <summary>The keys that protect sign-in cookies, bearer tokens and antiforgery tokens, one ring for every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Cluster.SignInWindow> SignInWindows => Set<Cluster.SignInWindow>();
    public DbSet<Domain.Ranking.StandingsSnapshot> StandingsSnapshots => Set<Domain.Ranking.StandingsSnapshot>();
    public DbSet<Domain.Ranking.StandingsRow> StandingsRows => Set<Domain.Ranking.StandingsRow>();
    public DbSet<Domain.Ranking.StandingsDemand> StandingsDemands => Set<Domain.Ranking.StandingsDemand>();
    public DbSet<Domain.Ranking.LiveStanding> LiveStandings => Set<Domain.Ranking.LiveStanding>();
    public DbSet<Domain.Ranking.LiveBoard> LiveBoards => Set<Domain.Ranking.LiveBoard>();
    public DbSet<Jobs.JobRun> JobRuns => Set<Jobs.JobRun>();
    public DbSet<Domain.Honours.HonourType> HonourTypes => Set<Domain.Honours.HonourType>();
    public DbSet<Domain.Honours.CalendarDay> CalendarDays => Set<Domain.Honours.CalendarDay>();
    public DbSet<Domain.Honours.Nomination> Nominations => Set<Domain.Honours.Nomination>();
    public DbSet<Domain.Honours.NominationStep> NominationSteps => Set<Domain.Honours.NominationStep>();
    public DbSet<Domain.Honours.Objection> Objections => Set<Domain.Honours.Objection>();
    public DbSet<Domain.Ladder.LadderPolicy> LadderPolicies => Set<Domain.Ladder.LadderPolicy>();
    public DbSet<Domain.Ladder.LevelRoute> LevelRoutes => Set<Domain.Ladder.LevelRoute>();
    public DbSet<Domain.Ladder.WorkerTierChange> WorkerTierChanges => Set<Domain.Ladder.WorkerTierChange>();
    public DbSet<Domain.People.WorkerMessage> WorkerMessages => Set<Domain.People.WorkerMessage>();
    public DbSet<Domain.Pay.PostClass> PostClasses => Set<Domain.Pay.PostClass>();
    public DbSet<Domain.Pay.MinimumWage> MinimumWages => Set<Domain.Pay.MinimumWage>();
    public DbSet<Domain.Pay.PayGrid> PayGrids => Set<Domain.Pay.PayGrid>();
    public DbSet<Domain.Pay.WageAgreement> WageAgreements => Set<Domain.Pay.WageAgreement>();
    public DbSet<Domain.Pay.BargainingRound> BargainingRounds => Set<Domain.Pay.BargainingRound>();
    public DbSet<Domain.Pay.PayGradeChange> PayGradeChanges => Set<Domain.Pay.PayGradeChange>();
    public DbSet<Domain.Labour.Campaign> Campaigns => Set<Domain.Labour.Campaign>();
    public DbSet<Domain.Labour.CampaignParticipant> CampaignParticipants => Set<Domain.Labour.CampaignParticipant>();
    public DbSet<Domain.Labour.CampaignPeriod> CampaignPeriods => Set<Domain.Labour.CampaignPeriod>();
    public DbSet<Domain.Labour.IndicatorScheme> IndicatorSchemes => Set<Domain.Labour.IndicatorScheme>();
    public DbSet<Domain.Labour.Indicator> Indicators => Set<Domain.Labour.Indicator>();
    public DbSet<Domain.Labour.IndicatorEvent> IndicatorEvents => Set<Domain.Labour.IndicatorEvent>();
    public DbSet<Domain.Labour.PeriodAssessment> PeriodAssessments => Set<Domain.Labour.PeriodAssessment>();
    public DbSet<Domain.Labour.AssessmentChange> AssessmentChanges => Set<Domain.Labour.AssessmentChange>();
    public DbSet<Domain.Labour.AssessmentEvidence> AssessmentEvidence => Set<Domain.Labour.AssessmentEvidence>();
    public DbSet<Domain.Labour.CampaignStandingsSnapshot> CampaignStandings => Set<Domain.Labour.CampaignStandingsSnapshot>();
    public DbSet<Domain.Labour.CampaignStandingsRow> CampaignStandingsRows => Set<Domain.Labour.CampaignStandingsRow>();
    public DbSet<Domain.Labour.CampaignStandingsDemand> CampaignStandingsDemands => Set<Domain.Labour.CampaignStandingsDemand>();
    public DbSet<Domain.Labour.InnovationEntry> InnovationEntries => Set<Domain.Labour.InnovationEntry>();
    public DbSet<Domain.Training.TrainingProgramme> TrainingProgrammes => Set<Domain.Training.TrainingProgramme>();
    public DbSet<Domain.Training.TrainingEnrolment> TrainingEnrolments => Set<Domain.Training.TrainingEnrolment>();
    public DbSet<Domain.Training.MentoringPair> MentoringPairs => Set<Domain.Training.MentoringPair>();
    public DbSet<Domain.Training.InnovationStudio> InnovationStudios => Set<Domain.Training.InnovationStudio>();
    public DbSet<Domain.Training.StudioMember> StudioMembers => Set<Domain.Training.StudioMember>();
    public DbSet<Domain.Training.QuestionBank> QuestionBanks => Set<Domain.Training.QuestionBank>();
    public DbSet<Domain.Training.PracticeQuestion> PracticeQuestions => Set<Domain.Training.PracticeQuestion>();
    public DbSet<Domain.Training.PracticeRound> PracticeRounds => Set<Domain.Training.PracticeRound>();
    public DbSet<Domain.Training.PracticeAttempt> PracticeAttempts => Set<Domain.Training.PracticeAttempt>();
    public DbSet<Domain.Training.PracticeBoard> PracticeBoards => Set<Domain.Training.PracticeBoard>();
    public DbSet<Domain.Training.PracticeBoardRow> PracticeBoardRows => Set<Domain.Training.PracticeBoardRow>();
    public DbSet<Domain.Training.TitleEquivalence> TitleEquivalences => Set<Domain.Training.TitleEquivalence>();

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
