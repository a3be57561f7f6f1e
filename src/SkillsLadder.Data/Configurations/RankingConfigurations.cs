using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Data.Configurations;

public sealed class StandingsSnapshotConfiguration : IEntityTypeConfiguration<StandingsSnapshot>
{
    public void Configure(EntityTypeBuilder<StandingsSnapshot> builder)
    {
        builder.Property(s => s.InputHash).HasMaxLength(StandingsSnapshot.HashLength);
        builder.Property(s => s.FinalisedBy).HasMaxLength(256);
        builder.Property(s => s.PublishedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.CompetitionId, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.CompetitionId, s.Basis, s.Status });
        builder.HasOne<Competition>().WithMany().HasForeignKey(s => s.CompetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StandingsRowConfiguration : IEntityTypeConfiguration<StandingsRow>
{
    public void Configure(EntityTypeBuilder<StandingsRow> builder)
    {
        // The primary key is the only index, and there is no foreign key to the snapshot: the ranking job writes a
        // hundred thousand rows at once, and on PostgreSQL the key check took a third of that write and a second index
        // on (snapshot, position) a sixth (tools/SkillsLadder.Benchmarks). Rows are written only with their snapshot,
        // in its transaction, and never change; positions 1…n come from RankedStandings (domain tests); readers sort
        // a snapshot's rows by position themselves.
        builder.HasKey(r => new { r.SnapshotId, r.EntrantId });
        builder.Property(r => r.Proposal).HasMaxLength(200);
        builder.Property(r => r.Explanation).HasMaxLength(StandingsRow.ExplanationMaxLength);
        // No foreign key to Entrant: a snapshot is a record of its moment and outlives later edits.
    }
}

public sealed class StandingsDemandConfiguration : IEntityTypeConfiguration<StandingsDemand>
{
    public void Configure(EntityTypeBuilder<StandingsDemand> builder)
    {
        builder.HasIndex(d => new { d.CompetitionId, d.Id });
        builder.HasOne<Competition>().WithMany().HasForeignKey(d => d.CompetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LiveStandingConfiguration : IEntityTypeConfiguration<LiveStanding>
{
    public void Configure(EntityTypeBuilder<LiveStanding> builder)
    {
        builder.HasKey(r => new { r.CompetitionId, r.EntrantId });
        // The board's top page: the best totals first, read from the end of this index.
        builder.HasIndex(r => new { r.CompetitionId, r.TotalHundredths });
        builder.HasOne<Competition>().WithMany().HasForeignKey(r => r.CompetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LiveBoardConfiguration : IEntityTypeConfiguration<LiveBoard>
{
    public void Configure(EntityTypeBuilder<LiveBoard> builder)
    {
        builder.HasKey(b => b.CompetitionId);
        builder.Property(b => b.CompetitionId).ValueGeneratedNever();
        builder.HasOne<Competition>().WithMany().HasForeignKey(b => b.CompetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.JobName).HasMaxLength(JobRun.NameMaxLength);
        builder.Property(r => r.JobGroup).HasMaxLength(JobRun.NameMaxLength);
        builder.Property(r => r.Subject).HasMaxLength(JobRun.NameMaxLength);
        builder.Property(r => r.FireInstanceId).HasMaxLength(200);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorMaxLength);
        builder.HasIndex(r => new { r.JobGroup, r.JobName, r.StartedAt });
        builder.HasIndex(r => r.StartedAt);
    }
}
