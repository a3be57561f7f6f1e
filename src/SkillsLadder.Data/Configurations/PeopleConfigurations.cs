using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.Property(w => w.FullName).HasMaxLength(Worker.NameMaxLength);
        builder.Property(w => w.NationalIdNumber).HasMaxLength(NationalIdNumber.Length);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => w.NationalIdNumber).IsUnique();
        builder.HasIndex(w => w.FullName);
        builder.HasIndex(w => new { w.EnterpriseId, w.FullName });
        builder.HasOne(w => w.Enterprise).WithMany().HasForeignKey(w => w.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Occupation).WithMany().HasForeignKey(w => w.OccupationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Pay.PostClass>().WithMany().HasForeignKey(w => w.PostClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.CurrentSkillLevel).WithMany().HasForeignKey(w => w.CurrentSkillLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Certificates).WithOne(c => c.Worker).HasForeignKey(c => c.WorkerId);
        builder.HasMany(w => w.LevelHistory).WithOne(c => c.Worker).HasForeignKey(c => c.WorkerId);
        builder.Navigation(w => w.Certificates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(w => w.LevelHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SkillLevelConfiguration : IEntityTypeConfiguration<SkillLevel>
{
    public void Configure(EntityTypeBuilder<SkillLevel> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(40);
        builder.Property(l => l.NameZh).HasMaxLength(40);
        builder.Property(l => l.NameEn).HasMaxLength(60);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.HasIndex(l => l.Rank).IsUnique();
    }
}

public sealed class SkillCertificateConfiguration : IEntityTypeConfiguration<SkillCertificate>
{
    public void Configure(EntityTypeBuilder<SkillCertificate> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(CertificateNumber.Length);
        builder.Property(c => c.Issuer).HasMaxLength(SkillCertificate.IssuerMaxLength);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasOne(c => c.SkillLevel).WithMany().HasForeignKey(c => c.SkillLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(c => c.OccupationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WorkerLevelChangeConfiguration : IEntityTypeConfiguration<WorkerLevelChange>
{
    public void Configure(EntityTypeBuilder<WorkerLevelChange> builder)
    {
        builder.HasIndex(c => new { c.WorkerId, c.EffectiveOn });
        builder.HasOne(c => c.SkillLevel).WithMany().HasForeignKey(c => c.SkillLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Certificate).WithMany().HasForeignKey(c => c.CertificateId).OnDelete(DeleteBehavior.Restrict);
    }
}
