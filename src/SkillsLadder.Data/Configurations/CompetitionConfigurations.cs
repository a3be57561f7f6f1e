using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Data.Idempotency;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Competition.NameMaxLength);
        builder.Property(c => c.Theme).HasMaxLength(Competition.TextMaxLength);
        builder.Property(c => c.Organizer).HasMaxLength(Competition.NameMaxLength);
        builder.Property(c => c.Venue).HasMaxLength(Competition.TextMaxLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.ComplexProperty(c => c.Eligibility);
        builder.ComplexProperty(c => c.RankingRules, rules =>
        {
            rules.Property(r => r.TieBreaks).HasMaxLength(60);
            rules.Property(r => r.HonourTitle).HasMaxLength(100);
            rules.Ignore(r => r.TieBreakChain);
        });
        builder.HasIndex(c => c.StartsOn);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(c => c.OccupationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Industry>().WithMany().HasForeignKey(c => c.IndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CompetitionId);
        builder.HasMany(c => c.Components).WithOne().HasForeignKey(m => m.CompetitionId);
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Components).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CompetitionStatusChangeConfiguration : IEntityTypeConfiguration<CompetitionStatusChange>
{
    public void Configure(EntityTypeBuilder<CompetitionStatusChange> builder)
    {
        builder.Property(h => h.By).HasMaxLength(256);
        builder.Property(h => h.Reason).HasMaxLength(ScoreChange.ReasonMaxLength);
    }
}

public sealed class MarkingComponentConfiguration : IEntityTypeConfiguration<MarkingComponent>
{
    public void Configure(EntityTypeBuilder<MarkingComponent> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(MarkingComponent.NameMaxLength);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.ComponentId);
        builder.Navigation(c => c.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MarkingCriterionConfiguration : IEntityTypeConfiguration<MarkingCriterion>
{
    public void Configure(EntityTypeBuilder<MarkingCriterion> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(MarkingCriterion.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(MarkingCriterion.NameMaxLength);
        builder.HasMany(c => c.Aspects).WithOne().HasForeignKey(a => a.CriterionId);
        builder.Navigation(c => c.Aspects).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MarkingAspectConfiguration : IEntityTypeConfiguration<MarkingAspect>
{
    public void Configure(EntityTypeBuilder<MarkingAspect> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(AspectSpec.CodeMaxLength);
        builder.Property(a => a.Description).HasMaxLength(AspectSpec.DescriptionMaxLength);
        foreach (var descriptor in new[] { "Descriptor0", "Descriptor1", "Descriptor2", "Descriptor3" })
            builder.Property(descriptor).HasMaxLength(AspectSpec.DescriptorMaxLength);
        builder.Ignore(a => a.Rule);
    }
}

public sealed class WorkerHonourConfiguration : IEntityTypeConfiguration<WorkerHonour>
{
    public void Configure(EntityTypeBuilder<WorkerHonour> builder)
    {
        builder.Property(h => h.Title).HasMaxLength(WorkerHonour.TitleMaxLength);
        builder.HasIndex(h => new { h.WorkerId, h.ConferredOn });
        builder.HasIndex(h => h.ExpiresOn);
        builder.HasOne<Worker>().WithMany().HasForeignKey(h => h.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<HonourType>().WithMany().HasForeignKey(h => h.HonourTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(h => h.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProcessedRequestConfiguration : IEntityTypeConfiguration<ProcessedRequest>
{
    public void Configure(EntityTypeBuilder<ProcessedRequest> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(ProcessedRequest.KeyMaxLength);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.HasIndex(r => new { r.UserName, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
