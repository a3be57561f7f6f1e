using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Data.Configurations;

public sealed class PostClassConfiguration : IEntityTypeConfiguration<PostClass>
{
    public void Configure(EntityTypeBuilder<PostClass> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.NameZh).HasMaxLength(40);
        builder.Property(c => c.NameEn).HasMaxLength(60);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

public sealed class MinimumWageConfiguration : IEntityTypeConfiguration<MinimumWage>
{
    public void Configure(EntityTypeBuilder<MinimumWage> builder)
    {
        builder.Property(w => w.Area).HasMaxLength(MinimumWage.AreaMaxLength);
        builder.HasIndex(w => new { w.Area, w.EffectiveFrom }).IsUnique();
    }
}

public sealed class PayGridConfiguration : IEntityTypeConfiguration<PayGrid>
{
    public void Configure(EntityTypeBuilder<PayGrid> builder)
    {
        builder.Ignore(g => g.PayCells);
        builder.HasMany(g => g.Cells).WithOne().HasForeignKey(c => c.PayGridId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Cells).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PayGridCellConfiguration : IEntityTypeConfiguration<PayGridCell>
{
    public void Configure(EntityTypeBuilder<PayGridCell> builder)
    {
        builder.HasIndex(c => new { c.PayGridId, c.PostClassId, c.LevelRank }).IsUnique();
        builder.HasOne<PostClass>().WithMany().HasForeignKey(c => c.PostClassId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WageAgreementConfiguration : IEntityTypeConfiguration<WageAgreement>
{
    public void Configure(EntityTypeBuilder<WageAgreement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(WageAgreement.TitleMaxLength);
        builder.Property(a => a.District).HasMaxLength(60);
        builder.Property(a => a.MinimumWageArea).HasMaxLength(MinimumWage.AreaMaxLength);
        builder.Property(a => a.OfferText).HasMaxLength(4000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.ReplyDueOn);
        builder.Ignore(a => a.FilingDueOn);
        builder.Ignore(a => a.ReviewEndsOn);
        builder.Ignore(a => a.RenewalOpensOn);
        builder.HasIndex(a => new { a.EnterpriseId, a.Status });
        builder.HasIndex(a => new { a.IndustryId, a.District, a.Status });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Industry>().WithMany().HasForeignKey(a => a.IndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DraftGrid).WithMany().HasForeignKey(a => a.DraftGridId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Representatives).WithOne().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Rounds).WithOne().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Votes).WithOne().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Representatives).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Rounds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AgreementRepresentativeConfiguration : IEntityTypeConfiguration<AgreementRepresentative>
{
    public void Configure(EntityTypeBuilder<AgreementRepresentative> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(AgreementRepresentative.NameMaxLength);
        builder.Property(r => r.Post).HasMaxLength(100);
    }
}

public sealed class BargainingRoundConfiguration : IEntityTypeConfiguration<BargainingRound>
{
    public void Configure(EntityTypeBuilder<BargainingRound> builder)
    {
        builder.Property(r => r.Minutes).HasMaxLength(BargainingRound.MinutesMaxLength);
        builder.HasIndex(r => new { r.AgreementId, r.Number }).IsUnique();
        builder.HasMany(r => r.Proposals).WithOne().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Proposals).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class BargainingProposalConfiguration : IEntityTypeConfiguration<BargainingProposal>
{
    public void Configure(EntityTypeBuilder<BargainingProposal> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.HasOne(p => p.Grid).WithMany().HasForeignKey(p => p.PayGridId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PayGradeChangeConfiguration : IEntityTypeConfiguration<PayGradeChange>
{
    public void Configure(EntityTypeBuilder<PayGradeChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(PayGradeChange.ReasonMaxLength);
        builder.HasIndex(c => new { c.WorkerId, c.EffectiveFrom });
        builder.HasIndex(c => c.AgreementId);
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WageAgreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PostClass>().WithMany().HasForeignKey(c => c.PostClassId).OnDelete(DeleteBehavior.Restrict);
    }
}
