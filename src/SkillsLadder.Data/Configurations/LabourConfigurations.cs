using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Campaign.NameMaxLength);
        builder.Property(c => c.Project).HasMaxLength(Campaign.ProjectMaxLength);
        builder.Property(c => c.Organizer).HasMaxLength(Campaign.OrganizerMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Status, c.StartsOn });
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Periods).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Schemes).WithOne().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Periods).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Schemes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CampaignParticipantConfiguration : IEntityTypeConfiguration<CampaignParticipant>
{
    public void Configure(EntityTypeBuilder<CampaignParticipant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(CampaignParticipant.NameMaxLength);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(CampaignParticipant.ReasonMaxLength);
        builder.HasIndex(p => new { p.CampaignId, p.Kind });
        builder.HasIndex(p => p.WorkerId);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(p => p.LeaderWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CampaignParticipant>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ParticipantMemberConfiguration : IEntityTypeConfiguration<ParticipantMember>
{
    public void Configure(EntityTypeBuilder<ParticipantMember> builder)
    {
        builder.HasKey(m => new { m.ParticipantId, m.WorkerId });
        builder.HasIndex(m => m.WorkerId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(m => m.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CampaignPeriodConfiguration : IEntityTypeConfiguration<CampaignPeriod>
{
    public void Configure(EntityTypeBuilder<CampaignPeriod> builder)
    {
        builder.Property(p => p.Label).HasMaxLength(CampaignPeriod.LabelMaxLength);
        builder.Property(p => p.LockedBy).HasMaxLength(256);
        builder.Property(p => p.UnlockReason).HasMaxLength(CampaignParticipant.ReasonMaxLength);
        builder.HasIndex(p => new { p.CampaignId, p.Number }).IsUnique();
    }
}

public sealed class IndicatorSchemeConfiguration : IEntityTypeConfiguration<IndicatorScheme>
{
    public void Configure(EntityTypeBuilder<IndicatorScheme> builder)
    {
        builder.ToTable("IndicatorSchemes");
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.CampaignId, s.Number }).IsUnique();
        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(IndicatorSpec.CodeMaxLength);
        builder.Property(i => i.Name).HasMaxLength(IndicatorSpec.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(MeasureSpec.UnitMaxLength);
        builder.Ignore(i => i.Measure);
        builder.HasIndex(i => new { i.SchemeId, i.Position }).IsUnique();
        builder.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class IndicatorEventConfiguration : IEntityTypeConfiguration<IndicatorEvent>
{
    public void Configure(EntityTypeBuilder<IndicatorEvent> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(IndicatorSpec.CodeMaxLength);
        builder.Property(e => e.Name).HasMaxLength(IndicatorSpec.NameMaxLength);
        builder.HasIndex(e => new { e.IndicatorId, e.Position }).IsUnique();
    }
}
