using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Data.Configurations;

public sealed class QuestionBankConfiguration : IEntityTypeConfiguration<QuestionBank>
{
    public void Configure(EntityTypeBuilder<QuestionBank> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(QuestionBank.NameMaxLength);
        builder.HasOne<Occupation>().WithMany().HasForeignKey(b => b.OccupationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Questions).WithOne().HasForeignKey(q => q.BankId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PracticeQuestionConfiguration : IEntityTypeConfiguration<PracticeQuestion>
{
    public void Configure(EntityTypeBuilder<PracticeQuestion> builder)
    {
        builder.Property(q => q.Stem).HasMaxLength(PracticeQuestion.StemMaxLength);
        builder.Property(q => q.Options).HasMaxLength(6 * (PracticeQuestion.OptionMaxLength + 1));
        builder.Property(q => q.Answer).HasMaxLength(6);
        builder.HasIndex(q => new { q.BankId, q.Number }).IsUnique();
        builder.Ignore(q => q.OptionList);
    }
}

public sealed class PracticeRoundConfiguration : IEntityTypeConfiguration<PracticeRound>
{
    public void Configure(EntityTypeBuilder<PracticeRound> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(PracticeRound.TitleMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ClosesAt, r.BoardPublishedAt });
        builder.HasOne<QuestionBank>().WithMany().HasForeignKey(r => r.BankId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PracticeAttemptConfiguration : IEntityTypeConfiguration<PracticeAttempt>
{
    public void Configure(EntityTypeBuilder<PracticeAttempt> builder)
    {
        builder.Property(a => a.QuestionIds).HasMaxLength(2000);
        builder.Property(a => a.Answers).HasMaxLength(2000);
        builder.Ignore(a => a.QuestionIdList);
        // One attempt per worker and round; the board reads submitted attempts of a round in score order.
        builder.HasIndex(a => new { a.RoundId, a.WorkerId }).IsUnique();
        builder.HasIndex(a => new { a.RoundId, a.Status, a.Score });
        // A worker's own results (the ladder page's timeline): without it, one index probe per round ever held.
        builder.HasIndex(a => a.WorkerId);
        // No foreign keys to workers, enterprises, industries: 200,000 hand-ins in a few minutes, and the copied ids are a record of the day.
        builder.HasOne<PracticeRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PracticeBoardConfiguration : IEntityTypeConfiguration<PracticeBoard>
{
    public void Configure(EntityTypeBuilder<PracticeBoard> builder)
    {
        builder.HasIndex(b => new { b.RoundId, b.Number }).IsUnique();
        builder.HasOne<PracticeRound>().WithMany().HasForeignKey(b => b.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PracticeBoardRowConfiguration : IEntityTypeConfiguration<PracticeBoardRow>
{
    public void Configure(EntityTypeBuilder<PracticeBoardRow> builder)
    {
        builder.HasKey(r => new { r.BoardId, r.Scope, r.SubjectId });
        builder.HasIndex(r => new { r.BoardId, r.Scope, r.Rank });
        // No foreign key to the board either: rows are bulk-written in the board's own transaction.
    }
}

public sealed class TitleEquivalenceConfiguration : IEntityTypeConfiguration<TitleEquivalence>
{
    public void Configure(EntityTypeBuilder<TitleEquivalence> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(TitleEquivalence.TitleMaxLength);
        builder.HasIndex(t => t.LevelRank).IsUnique();
    }
}
