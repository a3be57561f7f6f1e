using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class EntrantConfiguration : IEntityTypeConfiguration<Entrant>
{
    public void Configure(EntityTypeBuilder<Entrant> builder)
    {
        builder.Property(e => e.TeamName).HasMaxLength(Entrant.TeamNameMaxLength);
        builder.Property(e => e.RegisteredBy).HasMaxLength(256);
        builder.Property(e => e.WithdrawnBy).HasMaxLength(256);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.CompetitionId, e.Bib }).IsUnique();
        builder.HasOne<Competition>().WithMany().HasForeignKey(e => e.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Members).WithOne().HasForeignKey(m => m.EntrantId);
        builder.Navigation(e => e.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class EntrantMemberConfiguration : IEntityTypeConfiguration<EntrantMember>
{
    public void Configure(EntityTypeBuilder<EntrantMember> builder)
    {
        builder.HasKey(m => new { m.EntrantId, m.WorkerId });
        builder.HasIndex(m => new { m.CompetitionId, m.WorkerId }).IsUnique();
        builder.HasOne<Worker>().WithMany().HasForeignKey(m => m.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CompetitionJudgeConfiguration : IEntityTypeConfiguration<CompetitionJudge>
{
    public void Configure(EntityTypeBuilder<CompetitionJudge> builder)
    {
        builder.Property(j => j.FullName).HasMaxLength(50);
        builder.HasIndex(j => new { j.CompetitionId, j.UserId }).IsUnique();
        builder.HasIndex(j => j.UserId);
        builder.HasOne<Competition>().WithMany().HasForeignKey(j => j.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class JudgePanelConfiguration : IEntityTypeConfiguration<JudgePanel>
{
    public void Configure(EntityTypeBuilder<JudgePanel> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(JudgePanel.NameMaxLength);
        builder.HasIndex(p => new { p.CompetitionId, p.Name }).IsUnique();
        builder.HasOne<Competition>().WithMany().HasForeignKey(p => p.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PanelId);
        builder.HasMany(p => p.Criteria).WithOne().HasForeignKey(c => c.PanelId);
        builder.Navigation(p => p.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.HasKey(m => new { m.PanelId, m.JudgeId });
        builder.HasOne<CompetitionJudge>().WithMany().HasForeignKey(m => m.JudgeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PanelCriterionConfiguration : IEntityTypeConfiguration<PanelCriterion>
{
    public void Configure(EntityTypeBuilder<PanelCriterion> builder)
    {
        builder.HasKey(c => new { c.PanelId, c.CriterionId });
        // A criterion is marked by one panel only.
        builder.HasIndex(c => c.CriterionId).IsUnique();
        builder.HasOne<MarkingCriterion>().WithMany().HasForeignKey(c => c.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ConflictOfInterestConfiguration : IEntityTypeConfiguration<ConflictOfInterest>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterest> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(ConflictOfInterest.NoteMaxLength);
        builder.Property(c => c.ReviewNote).HasMaxLength(ConflictOfInterest.NoteMaxLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.Property(c => c.ReviewedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.JudgeId, c.EntrantId, c.Kind }).IsUnique();
        builder.HasIndex(c => c.CompetitionId);
        builder.HasOne<CompetitionJudge>().WithMany().HasForeignKey(c => c.JudgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Entrant>().WithMany().HasForeignKey(c => c.EntrantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.Property(s => s.SubmittedBy).HasMaxLength(256);
        builder.Property(s => s.VerifiedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.PanelId, s.JudgeId, s.EntrantId }).IsUnique();
        builder.HasIndex(s => new { s.ComponentId, s.EntrantId }).IsUnique();
        builder.HasIndex(s => new { s.CompetitionId, s.Status });
        builder.HasOne<Entrant>().WithMany().HasForeignKey(s => s.EntrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JudgePanel>().WithMany().HasForeignKey(s => s.PanelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetitionJudge>().WithMany().HasForeignKey(s => s.JudgeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MarkingComponent>().WithMany().HasForeignKey(s => s.ComponentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Entries).WithOne().HasForeignKey(e => e.SheetId);
        builder.HasMany(s => s.Changes).WithOne().HasForeignKey(c => c.SheetId);
        builder.Navigation(s => s.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ScoreEntryConfiguration : IEntityTypeConfiguration<ScoreEntry>
{
    public void Configure(EntityTypeBuilder<ScoreEntry> builder)
    {
        builder.HasKey(e => new { e.SheetId, e.AspectId });
        builder.Ignore(e => e.Value);
        builder.HasOne<MarkingAspect>().WithMany().HasForeignKey(e => e.AspectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ScoreChangeConfiguration : IEntityTypeConfiguration<ScoreChange>
{
    public void Configure(EntityTypeBuilder<ScoreChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(256);
        builder.Property(c => c.Reason).HasMaxLength(ScoreChange.ReasonMaxLength);
        builder.HasIndex(c => c.SheetId);
    }
}
