using System.Diagnostics;
using Bogus;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Fills an empty database with a believable city (industries, occupations, enterprises, workers with
/// certificates and level histories). One seeded random stream drives everything, so a seed is a city.
/// </summary>
public sealed class DemoCityGenerator(SkillsLadderDbContext db)
{
    private const int WorkersPerBatch = 5_000;
    private const int BatchesPerTransaction = 10;

    public async Task<DemoCitySummary> GenerateAsync(DemoCityOptions options, IProgress<DemoCityProgress>? progress = null, CancellationToken ct = default)
    {
        if (options.Workers < 1) throw new ArgumentOutOfRangeException(nameof(options), "A city needs at least one worker.");
        if (await db.Enterprises.AnyAsync(ct) || await db.Workers.AnyAsync(ct) || await db.Industries.AnyAsync(ct))
            throw new InvalidOperationException("The demo city is generated only into an empty database; this one already holds a directory.");
        var ladder = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(ct);
        if (ladder.Count == 0) throw new InvalidOperationException("The skill ladder is missing: initialise the database first.");

        var clock = Stopwatch.StartNew();
        var faker = new Faker("zh_CN") { Random = new Randomizer(options.Seed) };
        var ids = new IdentifierFactory(faker.Random);
        var writer = new BulkWriter(db);
        await using var load = await BulkLoadSession.OpenAsync(db, ct);

        var enterprises = await WriteDirectoryAsync(writer, faker, ids, options.EnterpriseCount, ct);
        var workers = new WorkerFactory(faker, ids, ladder, options.AsOf);
        var batch = new Batch();
        long certificates = 0, changes = 0, rows = CityCatalogue.Industries.Length + CityCatalogue.Occupations.Length + enterprises.Count;
        var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var id = 1; id <= options.Workers; id++)
        {
            // Skewed towards the first enterprises: a few large employers, many small ones.
            var enterprise = enterprises[(int)(enterprises.Count * Math.Pow(faker.Random.Double(), 2))];
            workers.Add(id, enterprise, faker.Random.Number(1, CityCatalogue.Occupations.Length), batch);
            if (batch.Workers.Count < WorkersPerBatch && id < options.Workers) continue;

            rows += await writer.InsertAsync<Worker>(WorkerFactory.WorkerColumns, batch.Workers, ct);
            certificates += await writer.InsertAsync<SkillCertificate>(WorkerFactory.CertificateColumns, batch.Certificates, ct);
            changes += await writer.InsertAsync<WorkerLevelChange>(WorkerFactory.LevelChangeColumns, batch.LevelChanges, ct);
            rows += batch.Certificates.Count + batch.LevelChanges.Count;
            batch.Clear();
            if (id % (WorkersPerBatch * BatchesPerTransaction) == 0 || id == options.Workers)
            {
                await transaction.CommitAsync(ct);
                await transaction.DisposeAsync();
                if (id < options.Workers) transaction = await db.Database.BeginTransactionAsync(ct);
            }
            progress?.Report(new DemoCityProgress(id, options.Workers, rows));
        }

        await load.FinishAsync(ct);
        return new DemoCitySummary(CityCatalogue.Industries.Length, CityCatalogue.Occupations.Length, enterprises.Count,
            options.Workers, certificates, changes, clock.Elapsed);
    }

    private static async Task<List<DemoEnterprise>> WriteDirectoryAsync(BulkWriter writer, Faker faker, IdentifierFactory ids, int count, CancellationToken ct)
    {
        var industries = CityCatalogue.Industries.Select((i, n) => new object?[] { n + 1, i.Code, i.Name }).ToList();
        var occupations = CityCatalogue.Occupations.Select((o, n) => new object?[] { n + 1, o.Code, o.Name }).ToList();
        var names = new HashSet<string>();
        var enterprises = new List<DemoEnterprise>(count);
        var rows = new List<object?[]>(count);
        for (var id = 1; id <= count; id++)
        {
            var industry = faker.Random.Number(0, CityCatalogue.Industries.Length - 1);
            var district = faker.Random.ArrayElement(CityCatalogue.Districts);
            string name;
            do name = "杭州" + faker.Random.ArrayElement(CityCatalogue.TradeNames) + CityCatalogue.Industries[industry].Trade
                      + (names.Count >= 600 ? faker.Random.Number(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
                      + faker.Random.ArrayElement(CityCatalogue.CompanyForms);
            while (!names.Add(name));
            var address = $"{district.Name}{faker.Random.ArrayElement(CityCatalogue.Streets)}{faker.Random.Number(1, 999)}号";
            rows.Add([id, name, ids.CreditCode(district.Region), industry + 1, district.Name, address, 0]);
            enterprises.Add(new DemoEnterprise(id, name, district.Region));
        }

        await using var transaction = await writer.Db.Database.BeginTransactionAsync(ct);
        await writer.InsertAsync<Industry>(["Id", "Code", "Name"], industries, ct);
        await writer.InsertAsync<Occupation>(["Id", "Code", "Name"], occupations, ct);
        await writer.InsertAsync<Enterprise>(["Id", "Name", "CreditCode", "IndustryId", "District", "Address", "Version"], rows, ct);
        await transaction.CommitAsync(ct);
        return enterprises;
    }
}
