using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Data.Configurations;

public sealed class TrainingProgrammeConfiguration : IEntityTypeConfiguration<TrainingProgramme>
{
    public void Configure(EntityTypeBuilder<TrainingProgramme> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(TrainingProgramme.TitleMaxLength);
        builder.Property(p => p.Provider).HasMaxLength(TrainingProgramme.ProviderMaxLength);
        builder.Property(p => p.Assessment).HasMaxLength(TrainingProgramme.AssessmentMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.Status, p.StartsOn });
        builder.HasOne<Occupation>().WithMany().HasForeignKey(p => p.OccupationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TrainingEnrolmentConfiguration : IEntityTypeConfiguration<TrainingEnrolment>
{
    public void Configure(EntityTypeBuilder<TrainingEnrolment> builder)
    {
        builder.Property(e => e.EnrolledBy).HasMaxLength(256);
        builder.Property(e => e.FailureReason).HasMaxLength(200);
        builder.Property(e => e.CertificateNumber).HasMaxLength(30);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // One enrolment per worker and programme: two clicks (or two HR clerks) cannot enrol twice.
        builder.HasIndex(e => new { e.ProgrammeId, e.WorkerId }).IsUnique();
        builder.HasIndex(e => new { e.WorkerId, e.Status });
        builder.HasIndex(e => e.CertificateNumber).IsUnique();
        builder.HasOne<TrainingProgramme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(e => e.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AttendanceDayConfiguration : IEntityTypeConfiguration<AttendanceDay>
{
    public void Configure(EntityTypeBuilder<AttendanceDay> builder) => builder.HasKey(a => new { a.EnrolmentId, a.Day });
}

public sealed class MentoringPairConfiguration : IEntityTypeConfiguration<MentoringPair>
{
    public void Configure(EntityTypeBuilder<MentoringPair> builder)
    {
        builder.Property(p => p.Plan).HasMaxLength(MentoringPair.PlanMaxLength);
        builder.Property(p => p.TerminationReason).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.MentorWorkerId);
        builder.HasIndex(p => p.ApprenticeWorkerId);
        builder.HasIndex(p => new { p.EnterpriseId, p.Status });
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.MentorWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.ApprenticeWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.PairId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MentoringMilestoneConfiguration : IEntityTypeConfiguration<MentoringMilestone>
{
    public void Configure(EntityTypeBuilder<MentoringMilestone> builder)
    {
        builder.HasKey(m => new { m.PairId, m.Number });
        builder.Property(m => m.Title).HasMaxLength(200);
    }
}

public sealed class InnovationStudioConfiguration : IEntityTypeConfiguration<InnovationStudio>
{
    public void Configure(EntityTypeBuilder<InnovationStudio> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(InnovationStudio.NameMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasIndex(s => s.LeadWorkerId);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(s => s.LeadWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Projects).WithOne().HasForeignKey(p => p.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Reviews).WithOne().HasForeignKey(r => r.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Projects).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.LatestReview);
    }
}

public sealed class StudioMemberConfiguration : IEntityTypeConfiguration<StudioMember>
{
    public void Configure(EntityTypeBuilder<StudioMember> builder)
    {
        builder.HasIndex(m => m.WorkerId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(m => m.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StudioProjectConfiguration : IEntityTypeConfiguration<StudioProject>
{
    public void Configure(EntityTypeBuilder<StudioProject> builder) => builder.Property(p => p.Title).HasMaxLength(200);
}

public sealed class StudioReviewConfiguration : IEntityTypeConfiguration<StudioReview>
{
    public void Configure(EntityTypeBuilder<StudioReview> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.StudioId, r.Year }).IsUnique();
    }
}
