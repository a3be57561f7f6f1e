using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity.Tests;

/// <summary>The load leaves a database the app can go on using, and never lands on top of a real directory.</summary>
public sealed class DemoCityLoadTests
{
    private static readonly DemoCityOptions Small = new() { Workers = 300 };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_database_with_a_directory_is_refused_and_left_as_it_was(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var industry = new Industry("C34", "通用设备制造业");
        db.Add(industry);
        await db.SaveChangesAsync();
        db.Add(new Enterprise("杭州恒达精密机械有限公司", TestData.CreditCode(1), industry.Id, "滨江区", null));
        await db.SaveChangesAsync();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => new DemoCityGenerator().GenerateAsync(db, Small));

        error.Message.ShouldContain("enterprises");
        (await db.Enterprises.CountAsync(), await db.Industries.CountAsync(), await db.Workers.CountAsync()).ShouldBe((1, 1, 0));
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Ordinary_inserts_after_a_load_get_the_next_ids(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var load = database.CreateContext())
            await new DemoCityGenerator().GenerateAsync(load, Small);
        await using var db = database.CreateContext();
        var maxCertificateId = await db.SkillCertificates.MaxAsync(c => c.Id);
        var maxChangeId = await db.WorkerLevelChanges.MaxAsync(c => c.Id);
        var junior = await db.SkillLevels.SingleAsync(l => l.Code == "Junior");

        // On PostgreSQL this fails with a duplicate key unless the identity sequences were moved past the loaded ids.
        var industry = new Industry("C99", "其他制造业");
        var occupation = new Occupation("6-99-00-00", "其他生产制造人员");
        db.AddRange(industry, occupation);
        await db.SaveChangesAsync();
        var enterprise = new Enterprise("杭州新来精工机械有限公司", TestData.CreditCode(999_999), industry.Id, "滨江区", null);
        db.Add(enterprise);
        await db.SaveChangesAsync();
        var worker = new Worker("新员工", TestData.IdNumber(new DateOnly(1999, 9, 9), 999), enterprise.Id, occupation.Id, new DateOnly(2026, 7, 1), true);
        worker.AddCertificate(TestData.CertificateNumber('Y', 5, 999_999), junior, occupation.Id, new DateOnly(2026, 7, 2), enterprise.Name, raisesLevel: true);
        db.Add(worker);
        await db.SaveChangesAsync();

        (industry.Id, occupation.Id, enterprise.Id, worker.Id)
            .ShouldBe((await db.Industries.CountAsync(), await db.Occupations.CountAsync(), Small.EnterpriseCount + 1, Small.Workers + 1));
        worker.Certificates.Single().Id.ShouldBe(maxCertificateId + 1);
        worker.LevelHistory.Single().Id.ShouldBe(maxChangeId + 1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_first_start_seeds_an_empty_database_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        (await DemoCitySeeder.SeedIfEmptyAsync(db, Small, NullLogger.Instance)).ShouldBeTrue();
        (await DemoCitySeeder.SeedIfEmptyAsync(db, Small, NullLogger.Instance)).ShouldBeFalse();

        (await db.Workers.CountAsync()).ShouldBe(Small.Workers);
    }

    [Theory, SqliteData]
    public async Task Reference_data_without_enterprises_is_not_seeded_over(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        db.Add(new Occupation("6-18-01-01", "车工"));
        await db.SaveChangesAsync();

        (await DemoCitySeeder.SeedIfEmptyAsync(db, Small, NullLogger.Instance)).ShouldBeFalse();

        (await db.Enterprises.CountAsync()).ShouldBe(0);
    }

    [Theory, SqliteData]
    public async Task A_pooled_Sqlite_connection_gets_its_settings_back_after_the_load(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Pooled, unlike the test databases: the next context gets the very connection the load tuned.
        var pooled = new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString;
        try
        {
            await using (var load = new SkillsLadderDbContext(TestDatabase.Options(provider, pooled)))
                await new DemoCityGenerator().GenerateAsync(load, Small);

            await using var db = new SkillsLadderDbContext(TestDatabase.Options(provider, pooled));
            (await db.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync()).ShouldBe(2); // FULL
            (await db.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size").SingleAsync()).ShouldBe(-2000);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    [Theory, SqliteData]
    public async Task Options_out_of_range_are_refused_before_anything_is_written(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => new DemoCityGenerator().GenerateAsync(db, Small with { Workers = 0 }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => new DemoCityGenerator().GenerateAsync(db, Small with { AsOf = new DateOnly(1980, 1, 1) }));

        (await db.Industries.CountAsync()).ShouldBe(0);
    }
}
