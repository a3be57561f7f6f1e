using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Data.Cluster;

namespace SkillsLadder.Data.Configurations;

public sealed class SignInWindowConfiguration : IEntityTypeConfiguration<SignInWindow>
{
    public void Configure(EntityTypeBuilder<SignInWindow> builder)
    {
        builder.HasKey(w => w.Address);
        builder.Property(w => w.Address).HasMaxLength(SignInWindow.AddressMaxLength);
        builder.HasIndex(w => w.WindowStart); // old windows are deleted by age
    }
}
