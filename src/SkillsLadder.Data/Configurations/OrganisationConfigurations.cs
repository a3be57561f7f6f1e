using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Data.Configurations;

public sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(8);
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.HasIndex(i => i.Code).IsUnique();
    }
}

public sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(16);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.HasIndex(o => o.Code).IsUnique();
    }
}

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(Enterprise.NameMaxLength);
        builder.Property(e => e.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length);
        builder.Property(e => e.District).HasMaxLength(Enterprise.DistrictMaxLength);
        builder.Property(e => e.Address).HasMaxLength(Enterprise.AddressMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.Name);
        builder.HasOne(e => e.Industry).WithMany().HasForeignKey(e => e.IndustryId).OnDelete(DeleteBehavior.Restrict);
    }
}
