using Bogus;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Fills an empty database with a believable city: industries, occupations, enterprises, and workers with their
/// certificates and level histories, then puts them on the talent ladder (<see cref="DemoLadder"/>). One seeded random stream drives everything, so a seed is a city.
/// </summary>
/// <param name="time">Only measures the elapsed time; the data never looks at a clock.</param>
public sealed class DemoCityGenerator(TimeProvider? time = null)
{
    /// <summary>About 10,000 rows (workers, certificates, history) per transaction: a failed load loses little.</summary>
    private const int WorkersPerTransaction = 2_000;

    private static readonly Type[] WrittenEntities =
        [typeof(Industry), typeof(Occupation), typeof(Enterprise), typeof(Worker), typeof(SkillCertificate), typeof(WorkerLevelChange)];

    public async Task<DemoCitySummary> GenerateAsync(
        SkillsLadderDbContext db, DemoCityOptions options, IProgress<DemoCityProgress>? progress = null, CancellationToken ct = default)
    {
        options.Validate();
        var clock = time ?? TimeProvider.System;
        var started = clock.GetTimestamp();
        await EnsureEmptyAsync(db, ct);
        var ladder = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(ct);
        if (ladder.Count == 0) throw new InvalidOperationException("The skill ladder is missing: initialise the database before generating a demo city.");

        var faker = new Faker("zh_CN") { Random = new Randomizer(options.Seed) };
        var ids = new IdentifierFactory(faker.Random);
        await using var session = await BulkLoadSession.OpenAsync(db, ct);
        var enterprises = await WriteDirectoryAsync(db, new EnterpriseFactory(faker.Random, ids), options.EnterpriseCount, ct);
        long rows = CityCatalogue.Industries.Length + CityCatalogue.Occupations.Length + enterprises.Length;

        var factory = new WorkerFactory(faker, ids, ladder, options.AsOf);
        var batch = new WorkerBatch();
        await using var workers = new BulkTable<Worker>(db, WorkerFactory.WorkerColumns);
        await using var certificates = new BulkTable<SkillCertificate>(db, WorkerFactory.CertificateColumns);
        await using var levelChanges = new BulkTable<WorkerLevelChange>(db, WorkerFactory.LevelChangeColumns);
        int certificateCount = 0, levelChangeCount = 0;
        for (var first = 1; first <= options.Workers; first += WorkersPerTransaction)
        {
            var last = Math.Min(options.Workers, first + WorkersPerTransaction - 1);
            // Few large employers, many small ones: the square of a uniform draw favours the first enterprises.
            for (var id = first; id <= last; id++)
                factory.Add(id, enterprises[(int)(enterprises.Length * Math.Pow(faker.Random.Double(), 2))], batch);

            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                rows += await workers.InsertAsync(batch.Workers, ct);
                // Certificates before the history rows that point at them.
                certificateCount += await certificates.InsertAsync(batch.Certificates, ct);
                levelChangeCount += await levelChanges.InsertAsync(batch.LevelChanges, ct);
                await transaction.CommitAsync(ct);
            }
            rows += batch.Certificates.Count + batch.LevelChanges.Count;
            batch.Clear();
            progress?.Report(new DemoCityProgress(last, options.Workers, rows));
        }

        await session.MoveIdentitiesPastWrittenIdsAsync(WrittenEntities, ct);
        var (honours, tierChanges) = await DemoLadder.SeedAsync(db, options, ct);
        return new DemoCitySummary(CityCatalogue.Industries.Length, CityCatalogue.Occupations.Length, enterprises.Length,
            options.Workers, certificateCount, levelChangeCount, clock.GetElapsedTime(started)) { Honours = honours, TierChanges = tierChanges };
    }

    private static async Task EnsureEmptyAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        // Industries and occupations count too: the city brings its own, with ids 1..n and unique codes.
        var occupied = new List<string>();
        if (await db.Enterprises.AnyAsync(ct)) occupied.Add("enterprises");
        if (await db.Workers.AnyAsync(ct)) occupied.Add("workers");
        if (await db.Industries.AnyAsync(ct)) occupied.Add("industries");
        if (await db.Occupations.AnyAsync(ct)) occupied.Add("occupations");
        if (occupied.Count > 0)
            throw new InvalidOperationException(
                $"A demo city is generated only into an empty database, and this one already holds {string.Join(", ", occupied)}.");
    }

    private static async Task<DemoEnterprise[]> WriteDirectoryAsync(SkillsLadderDbContext db, EnterpriseFactory factory, int count, CancellationToken ct)
    {
        var industries = CityCatalogue.Industries.Select((i, n) => new object?[] { n + 1, i.Code, i.Name }).ToList();
        var occupations = CityCatalogue.Occupations.Select((o, n) => new object?[] { n + 1, o.Code, o.Name }).ToList();
        var created = Enumerable.Range(1, count).Select(factory.Create).ToArray();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using (var table = new BulkTable<Industry>(db, ["Id", "Code", "Name"])) await table.InsertAsync(industries, ct);
        await using (var table = new BulkTable<Occupation>(db, ["Id", "Code", "Name"])) await table.InsertAsync(occupations, ct);
        await using (var table = new BulkTable<Enterprise>(db, EnterpriseFactory.Columns)) await table.InsertAsync(created.Select(c => c.Row).ToList(), ct);
        await transaction.CommitAsync(ct);
        return created.Select(c => c.Enterprise).ToArray();
    }
}
