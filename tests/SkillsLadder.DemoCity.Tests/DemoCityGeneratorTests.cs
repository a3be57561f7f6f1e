using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity.Tests;

/// <summary>What a generated city holds: the counts asked for, and only data the domain itself would accept.</summary>
public sealed class DemoCityGeneratorTests
{
    private static readonly DemoCityOptions Small = new() { Workers = 500 };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Makes_the_numbers_of_rows_asked_for(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var summary = await new DemoCityGenerator().GenerateAsync(db, Small with { Enterprises = 12 });

        (await db.Workers.CountAsync()).ShouldBe(500);
        (await db.Enterprises.CountAsync()).ShouldBe(12);
        (await db.Industries.CountAsync()).ShouldBe(summary.Industries);
        summary.Industries.ShouldBeInRange(18, 25);
        (await db.Occupations.CountAsync()).ShouldBe(summary.Occupations);
        summary.Occupations.ShouldBeInRange(35, 45);
        (await db.SkillCertificates.CountAsync()).ShouldBe(summary.Certificates);
        (await db.WorkerLevelChanges.CountAsync()).ShouldBe(summary.LevelChanges);
        summary.LevelChanges.ShouldBeGreaterThan(summary.Workers);
    }

    [Fact]
    public void Enterprises_default_to_one_per_66_workers_and_at_least_ten()
    {
        new DemoCityOptions().EnterpriseCount.ShouldBe(303);
        Small.EnterpriseCount.ShouldBe(10);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Every_identifier_passes_its_domain_check(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new DemoCityGenerator().GenerateAsync(db, Small);

        (await db.Enterprises.Select(e => e.CreditCode).ToListAsync()).ShouldAllBe(code => UnifiedSocialCreditCode.Check(code) == null);
        (await db.Occupations.Select(o => o.Code).ToListAsync()).ShouldAllBe(code => OccupationCode.Check(code) == null);
        var workers = await db.Workers.AsNoTracking().ToListAsync();
        workers.ShouldAllBe(w => NationalIdNumber.Check(w.NationalIdNumber) == null);
        workers.ShouldAllBe(w => NationalIdNumber.BirthDate(w.NationalIdNumber) == w.BirthDate && NationalIdNumber.Sex(w.NationalIdNumber) == w.Sex);
        workers.ShouldAllBe(w => w.NationalIdNumber.StartsWith("3301"));
        var certificates = await db.SkillCertificates.AsNoTracking().Include(c => c.SkillLevel).ToListAsync();
        certificates.ShouldNotBeEmpty();
        certificates.ShouldAllBe(c => CertificateNumber.Check(c.Number) == null && CertificateNumber.CheckAgainstLevel(c.Number, c.SkillLevel!) == null);
        certificates.ShouldAllBe(c => c.Number[CertificateNumber.GradePosition - 1] - '0' == c.SkillLevel!.NationalGrade);
        certificates.ShouldAllBe(c => c.IssuerKind == CertificateNumber.IssuerKind(c.Number));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Each_history_climbs_the_ladder_after_hire_and_ends_at_the_current_level(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new DemoCityGenerator().GenerateAsync(db, Small);

        var ranks = await db.SkillLevels.ToDictionaryAsync(l => l.Id, l => l.Rank);
        var workers = await db.Workers.AsNoTracking().Include(w => w.LevelHistory).ThenInclude(h => h.SkillLevel)
            .Include(w => w.Certificates).AsSplitQuery().ToListAsync();
        foreach (var worker in workers)
        {
            worker.HireDate.ShouldBeGreaterThanOrEqualTo(worker.BirthDate.AddYears(Worker.MinimumWorkingAge));
            worker.HireDate.ShouldBeLessThanOrEqualTo(Small.AsOf);
            var history = worker.LevelHistory.OrderBy(h => h.EffectiveOn).ToList();
            history.ShouldNotBeEmpty();
            history[^1].SkillLevelId.ShouldBe(worker.CurrentSkillLevelId!.Value);
            history[0].EffectiveOn.ShouldBeGreaterThanOrEqualTo(worker.HireDate);
            history[^1].EffectiveOn.ShouldBeLessThanOrEqualTo(Small.AsOf);
            for (var i = 1; i < history.Count; i++)
            {
                history[i].EffectiveOn.ShouldBeGreaterThan(history[i - 1].EffectiveOn);
                ranks[history[i].SkillLevelId].ShouldBe(ranks[history[i - 1].SkillLevelId] + 1);
            }
            foreach (var change in history)
            {
                var certificate = worker.Certificates.SingleOrDefault(c => c.Id == change.CertificateId);
                if (change.SkillLevel!.NationalGrade is null)
                {
                    change.CertificateId.ShouldBeNull();
                    change.Reason.ShouldBe(change == history[0] ? LevelChangeReason.Initial : LevelChangeReason.Appointment);
                    continue;
                }
                change.Reason.ShouldBe(LevelChangeReason.Assessment);
                certificate.ShouldNotBeNull().SkillLevelId.ShouldBe(change.SkillLevelId);
                certificate.IssuedOn.ShouldBe(change.EffectiveOn);
            }
            worker.Certificates.Count.ShouldBe(history.Count(h => h.CertificateId != null));
        }
    }

    [Theory, SqliteData]
    public async Task Levels_spread_over_the_ladder_as_a_real_workforce_does(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new DemoCityGenerator().GenerateAsync(db, Small with { Workers = 4_000 });

        var shares = await db.Workers.GroupBy(w => w.CurrentSkillLevel!.Rank)
            .Select(g => new { Rank = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Rank, g => g.Count / 4_000.0);
        double[] expected = [0.08, 0.22, 0.28, 0.22, 0.12, 0.06, 0.015, 0.005];
        for (var rank = 1; rank <= expected.Length; rank++)
            shares.GetValueOrDefault(rank).ShouldBe(expected[rank - 1], tolerance: 0.02, $"share of rank {rank}");
        (await db.Workers.CountAsync(w => w.IsUnionMember) / 4_000.0).ShouldBe(0.85, tolerance: 0.03);
    }
}
