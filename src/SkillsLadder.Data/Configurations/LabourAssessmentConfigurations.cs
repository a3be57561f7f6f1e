using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class PeriodAssessmentConfiguration : IEntityTypeConfiguration<PeriodAssessment>
{
    public void Configure(EntityTypeBuilder<PeriodAssessment> builder)
    {
        builder.Property(a => a.SubmittedBy).HasMaxLength(256);
        builder.Property(a => a.Version).IsConcurrencyToken();
        // One assessment per participant and period: two organizers creating it at once get a 409, not two rows.
        builder.HasIndex(a => new { a.PeriodId, a.ParticipantId }).IsUnique();
        builder.HasIndex(a => new { a.CampaignId, a.Status });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CampaignPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CampaignParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IndicatorScheme>().WithMany().HasForeignKey(a => a.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Values).WithOne().HasForeignKey(v => v.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Counts).WithOne().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Counts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AssessmentValueConfiguration : IEntityTypeConfiguration<AssessmentValue>
{
    public void Configure(EntityTypeBuilder<AssessmentValue> builder)
    {
        builder.HasKey(v => new { v.AssessmentId, v.IndicatorId });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentCountConfiguration : IEntityTypeConfiguration<AssessmentCount>
{
    public void Configure(EntityTypeBuilder<AssessmentCount> builder)
    {
        builder.HasKey(c => new { c.AssessmentId, c.EventId });
        builder.HasOne<IndicatorEvent>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentChangeConfiguration : IEntityTypeConfiguration<AssessmentChange>
{
    public void Configure(EntityTypeBuilder<AssessmentChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Reason).HasMaxLength(AssessmentChange.ReasonMaxLength);
    }
}

public sealed class AssessmentEvidenceConfiguration : IEntityTypeConfiguration<AssessmentEvidence>
{
    public void Configure(EntityTypeBuilder<AssessmentEvidence> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(AssessmentEvidence.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Note).HasMaxLength(AssessmentEvidence.NoteMaxLength);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
        builder.Property(e => e.Content).HasMaxLength(AssessmentEvidence.MaxBytes);
        builder.HasIndex(e => e.AssessmentId);
        builder.HasOne<PeriodAssessment>().WithMany().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CampaignStandingsSnapshotConfiguration : IEntityTypeConfiguration<CampaignStandingsSnapshot>
{
    public void Configure(EntityTypeBuilder<CampaignStandingsSnapshot> builder)
    {
        builder.Property(s => s.InputHash).HasMaxLength(CampaignStandingsSnapshot.HashLength);
        builder.HasIndex(s => new { s.CampaignId, s.Number }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Rows).WithOne().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Rows).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CampaignStandingsRowConfiguration : IEntityTypeConfiguration<CampaignStandingsRow>
{
    public void Configure(EntityTypeBuilder<CampaignStandingsRow> builder)
    {
        builder.Property(r => r.Explanation).HasMaxLength(CampaignStandingsRow.ExplanationMaxLength);
        builder.HasIndex(r => new { r.SnapshotId, r.PeriodId, r.Kind, r.Rank });
        // No foreign keys to participants or periods: a snapshot records its moment.
    }
}

public sealed class CampaignStandingsDemandConfiguration : IEntityTypeConfiguration<CampaignStandingsDemand>
{
    public void Configure(EntityTypeBuilder<CampaignStandingsDemand> builder)
    {
        builder.HasIndex(d => new { d.CampaignId, d.Id });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InnovationEntryConfiguration : IEntityTypeConfiguration<InnovationEntry>
{
    public void Configure(EntityTypeBuilder<InnovationEntry> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(InnovationEntry.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(InnovationEntry.TextMaxLength);
        builder.Property(e => e.ExpectedBenefit).HasMaxLength(InnovationEntry.TextMaxLength);
        builder.Property(e => e.AssessmentNote).HasMaxLength(InnovationEntry.TextMaxLength);
        builder.Property(e => e.AssessedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.Status, e.SubmittedAt });
        builder.HasIndex(e => new { e.EnterpriseId, e.Status });
        builder.HasIndex(e => e.CampaignId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(e => e.SubmittedByWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CampaignParticipant>().WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Authors).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Authors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class InnovationAuthorConfiguration : IEntityTypeConfiguration<InnovationAuthor>
{
    public void Configure(EntityTypeBuilder<InnovationAuthor> builder)
    {
        builder.HasKey(a => new { a.EntryId, a.WorkerId });
        // The ladder reads a worker's accepted entries through this index.
        builder.HasIndex(a => a.WorkerId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
