using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class HonourTypeConfiguration : IEntityTypeConfiguration<HonourType>
{
    public void Configure(EntityTypeBuilder<HonourType> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(HonourType.NameMaxLength);
        builder.Property(h => h.Description).HasMaxLength(HonourType.DescriptionMaxLength);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => h.Name).IsUnique();
    }
}

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(CalendarDay.NameMaxLength);
    }
}

public sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.Property(n => n.Evidence).HasMaxLength(Nomination.EvidenceMaxLength);
        builder.Property(n => n.Outcome).HasMaxLength(Nomination.ReasonMaxLength + 100);
        builder.Property(n => n.ReviewerUserId).HasMaxLength(450);
        builder.Property(n => n.ReviewerName).HasMaxLength(256);
        builder.Property(n => n.FirstApproverUserId).HasMaxLength(450);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.Status, n.CreatedAt });
        builder.HasIndex(n => n.WorkerId);
        builder.HasIndex(n => n.ReviewerUserId);
        // A result proposes each worker at most once per kind and snapshot, so re-running "propose" is idempotent.
        builder.HasIndex(n => new { n.SnapshotId, n.WorkerId, n.Kind }).IsUnique();
        builder.HasOne<Worker>().WithMany().HasForeignKey(n => n.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HonourType>().WithMany().HasForeignKey(n => n.HonourTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SkillLevel>().WithMany().HasForeignKey(n => n.TargetLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(n => n.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Competition>().WithMany().HasForeignKey(n => n.CompetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.CollectiveName).HasMaxLength(Nomination.CollectiveNameMaxLength);
        // A campaign proposes each participant at most once per title, so re-running the year-end proposal is idempotent.
        builder.HasIndex(n => new { n.CampaignParticipantId, n.HonourTypeId }).IsUnique();
        builder.HasOne<Domain.Labour.Campaign>().WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Labour.CampaignParticipant>().WithMany().HasForeignKey(n => n.CampaignParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Steps).WithOne().HasForeignKey(s => s.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Objections).WithOne().HasForeignKey(o => o.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(n => n.Objections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NominationStepConfiguration : IEntityTypeConfiguration<NominationStep>
{
    public void Configure(EntityTypeBuilder<NominationStep> builder)
    {
        builder.Property(s => s.ByUserId).HasMaxLength(450);
        builder.Property(s => s.ByName).HasMaxLength(256);
        builder.Property(s => s.Note).HasMaxLength(NominationStep.NoteMaxLength + 100);
    }
}

public sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.Property(o => o.FiledByName).HasMaxLength(Worker.NameMaxLength);
        builder.Property(o => o.FiledByIdNumber).HasMaxLength(NationalIdNumber.Length);
        builder.Property(o => o.Contact).HasMaxLength(Objection.ContactMaxLength);
        builder.Property(o => o.Text).HasMaxLength(Objection.TextMaxLength);
        builder.Property(o => o.Decision).HasMaxLength(Objection.TextMaxLength);
        builder.Property(o => o.DecidedByName).HasMaxLength(256);
        builder.HasIndex(o => new { o.NominationId, o.FiledByIdNumber }).IsUnique();
    }
}

public sealed class LadderPolicyConfiguration : IEntityTypeConfiguration<LadderPolicy>
{
    public void Configure(EntityTypeBuilder<LadderPolicy> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(LadderPolicy.NoteMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasMany(p => p.Routes).WithOne().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Routes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class LevelRouteConfiguration : IEntityTypeConfiguration<LevelRoute>
{
    public void Configure(EntityTypeBuilder<LevelRoute> builder)
    {
        builder.HasIndex(r => new { r.PolicyId, r.TargetLevelRank });
        builder.HasOne<Occupation>().WithMany().HasForeignKey(r => r.OccupationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WorkerTierChangeConfiguration : IEntityTypeConfiguration<WorkerTierChange>
{
    public void Configure(EntityTypeBuilder<WorkerTierChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(WorkerTierChange.ReasonMaxLength);
        builder.HasIndex(c => new { c.WorkerId, c.EffectiveOn });
        builder.HasIndex(c => c.EffectiveOn);
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WorkerMessageConfiguration : IEntityTypeConfiguration<WorkerMessage>
{
    public void Configure(EntityTypeBuilder<WorkerMessage> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(WorkerMessage.TextMaxLength);
        builder.HasIndex(m => new { m.WorkerId, m.CreatedAt });
        builder.HasOne<Worker>().WithMany().HasForeignKey(m => m.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
