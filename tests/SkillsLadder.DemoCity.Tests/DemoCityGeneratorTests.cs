using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity.Tests;

public sealed class DemoCityGeneratorTests
{
    private static readonly DemoCityOptions Small = new() { Workers = 600, Enterprises = 12 };

    private static async Task<(TestDatabase Database, DemoCitySummary Summary)> GenerateAsync(DatabaseProvider provider, DemoCityOptions options)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        return (database, await new DemoCityGenerator(db).GenerateAsync(options));
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task Makes_the_city_it_was_asked_for_with_every_identifier_valid(DatabaseProvider provider)
    {
        var (database, summary) = await GenerateAsync(provider, Small);
        await using var _ = database;
        await using var db = database.CreateContext();

        (await db.Workers.CountAsync(), await db.Enterprises.CountAsync(), await db.Industries.CountAsync()).ShouldBe((600, 12, 20));
        (await db.SkillCertificates.CountAsync()).ShouldBe((int)summary.Certificates);
        (await db.Enterprises.Select(e => e.CreditCode).ToListAsync()).ShouldAllBe(c => UnifiedSocialCreditCode.IsValid(c));
        (await db.Occupations.Select(o => o.Code).ToListAsync()).ShouldAllBe(c => OccupationCode.Check(c) == null);
        var workers = await db.Workers.AsNoTracking().ToListAsync();
        workers.ShouldAllBe(w => NationalIdNumber.IsValid(w.NationalIdNumber) && NationalIdNumber.BirthDate(w.NationalIdNumber) == w.BirthDate
            && NationalIdNumber.Sex(w.NationalIdNumber) == w.Sex);
        workers.ShouldAllBe(w => w.HireDate >= w.BirthDate.AddYears(Worker.MinimumWorkingAge) && w.HireDate <= Small.AsOf);
        workers.Select(w => w.CurrentSkillLevelId).Distinct().Count().ShouldBeGreaterThan(4); // spread over the ladder
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task Histories_are_consistent_with_levels_and_certificates(DatabaseProvider provider)
    {
        var (database, _) = await GenerateAsync(provider, Small);
        await using var __ = database;
        await using var db = database.CreateContext();

        var workers = await db.Workers.AsNoTracking().Include(w => w.LevelHistory).Include(w => w.Certificates).ThenInclude(c => c.SkillLevel).AsSplitQuery().ToListAsync();
        foreach (var worker in workers)
        {
            var history = worker.LevelHistory.OrderBy(h => h.EffectiveOn).ThenBy(h => h.Id).ToList();
            history.ShouldNotBeEmpty();
            history.Last().SkillLevelId.ShouldBe(worker.CurrentSkillLevelId!.Value);
            history.ShouldAllBe(h => h.EffectiveOn >= worker.HireDate && h.EffectiveOn <= Small.AsOf);
            foreach (var certificate in worker.Certificates)
            {
                CertificateNumber.Check(certificate.Number).ShouldBeNull();
                CertificateNumber.CheckAgainstLevel(certificate.Number, certificate.SkillLevel!).ShouldBeNull();
                history.ShouldContain(h => h.CertificateId == certificate.Id && h.SkillLevelId == certificate.SkillLevelId);
            }
        }
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_seed_is_a_city_and_another_seed_is_another_city(DatabaseProvider provider)
    {
        var (first, _) = await GenerateAsync(provider, Small);
        var (again, _) = await GenerateAsync(provider, Small);
        var (other, _) = await GenerateAsync(provider, Small with { Seed = 7 });
        await using var a = first; await using var b = again; await using var c = other;

        var snapshot = async (TestDatabase database) =>
        {
            await using var db = database.CreateContext();
            var workers = await db.Workers.OrderBy(w => w.Id).Select(w => $"{w.Id}|{w.FullName}|{w.NationalIdNumber}|{w.CurrentSkillLevelId}|{w.EnterpriseId}").ToListAsync();
            var certificates = await db.SkillCertificates.OrderBy(x => x.Id).Select(x => x.Number).ToListAsync();
            return string.Join("\n", workers.Concat(certificates));
        };
        (await snapshot(again)).ShouldBe(await snapshot(first));
        (await snapshot(other)).ShouldNotBe(await snapshot(first));
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task A_database_that_already_has_a_directory_is_refused_and_ordinary_inserts_work_after_a_load(DatabaseProvider provider)
    {
        var (database, _) = await GenerateAsync(provider, Small);
        await using var _ = database;
        await using var db = database.CreateContext();

        await Should.ThrowAsync<InvalidOperationException>(() => new DemoCityGenerator(db).GenerateAsync(Small));

        // The explicit ids of the load must not collide with ids the database hands out afterwards.
        var enterprise = new Enterprise("杭州新来的机械有限公司", TestData.CreditCode(999), 1, "滨江区", null);
        db.Add(enterprise);
        await db.SaveChangesAsync();
        enterprise.Id.ShouldBe(Small.EnterpriseCount + 1);
        (await DemoCitySeeder.SeedIfEmptyAsync(db, Small, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)).ShouldBeFalse();
    }
}
