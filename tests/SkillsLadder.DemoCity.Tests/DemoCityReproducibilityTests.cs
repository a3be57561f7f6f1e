using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.DemoCity.Tests;

/// <summary>A seed is a city: nothing may depend on the clock, on database-generated ids or on the provider.</summary>
public sealed class DemoCityReproducibilityTests
{
    private static readonly DemoCityOptions Small = new() { Workers = 500 };

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_same_seed_gives_the_same_city_and_another_seed_another(DatabaseProvider provider)
    {
        var first = await GenerateAndSnapshotAsync(provider, Small);
        var again = await GenerateAndSnapshotAsync(provider, Small);
        var other = await GenerateAndSnapshotAsync(provider, Small with { Seed = 7 });

        again.ShouldBeSameCityAs(first);
        other.Workers.ShouldNotBe(first.Workers);
        other.Certificates.ShouldNotBe(first.Certificates);
    }

    [Theory, PostgreSqlData, SqlServerData]
    public async Task A_server_database_holds_the_same_city_as_Sqlite(DatabaseProvider provider)
    {
        var server = await GenerateAndSnapshotAsync(provider, Small);
        var sqlite = await GenerateAndSnapshotAsync(DatabaseProvider.Sqlite, Small);

        server.ShouldBeSameCityAs(sqlite);
    }

    private static async Task<CitySnapshot> GenerateAndSnapshotAsync(DatabaseProvider provider, DemoCityOptions options)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new DemoCityGenerator().GenerateAsync(db, options);
        return new CitySnapshot(
            await db.Enterprises.OrderBy(e => e.Id)
                .Select(e => $"{e.Id}|{e.Name}|{e.CreditCode}|{e.IndustryId}|{e.District}|{e.Address}").ToListAsync(),
            await db.Workers.OrderBy(w => w.Id)
                .Select(w => $"{w.Id}|{w.FullName}|{w.NationalIdNumber}|{w.BirthDate}|{w.Sex}|{w.EnterpriseId}|{w.OccupationId}|{w.HireDate}|{w.IsUnionMember}|{w.CurrentSkillLevelId}|{w.Tier}")
                .ToListAsync(),
            await db.SkillCertificates.OrderBy(c => c.Id)
                .Select(c => $"{c.Id}|{c.WorkerId}|{c.Number}|{c.SkillLevelId}|{c.IssuedOn}|{c.Issuer}").ToListAsync(),
            await db.WorkerLevelChanges.OrderBy(c => c.Id)
                .Select(c => $"{c.Id}|{c.WorkerId}|{c.SkillLevelId}|{c.EffectiveOn}|{c.Reason}|{c.CertificateId}").ToListAsync());
    }

    /// <summary>Rows as text, compared table by table so that a failure names the table and the first row that differs.</summary>
    private sealed record CitySnapshot(List<string> Enterprises, List<string> Workers, List<string> Certificates, List<string> LevelChanges)
    {
        public void ShouldBeSameCityAs(CitySnapshot expected)
        {
            Enterprises.ShouldBe(expected.Enterprises);
            Workers.ShouldBe(expected.Workers);
            Certificates.ShouldBe(expected.Certificates);
            LevelChanges.ShouldBe(expected.LevelChanges);
        }
    }
}
