using Bogus;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity;

/// <summary>The rows of one demo worker: the worker, their certificates and their level history, in insert order.</summary>
internal sealed class WorkerFactory(Faker faker, IdentifierFactory ids, IReadOnlyList<SkillLevel> ladder, DateOnly asOf)
{
    public static readonly string[] WorkerColumns =
        ["Id", "FullName", "NationalIdNumber", "BirthDate", "Sex", "EnterpriseId", "OccupationId", "HireDate", "IsUnionMember", "CurrentSkillLevelId", "Version"];
    public static readonly string[] CertificateColumns = ["Id", "WorkerId", "Number", "SkillLevelId", "OccupationId", "IssuedOn", "Issuer", "IssuerKind"];
    public static readonly string[] LevelChangeColumns = ["Id", "WorkerId", "SkillLevelId", "EffectiveOn", "Reason", "CertificateId"];

    private readonly double[] _shares = ScaleShares(ladder.Count);
    private int _certificateId;
    private int _levelChangeId;

    public void Add(int workerId, DemoEnterprise enterprise, int occupationId, Batch batch)
    {
        var random = faker.Random;
        var sex = random.Bool(0.62f) ? Sex.Male : Sex.Female; // front-line trades are mostly staffed by men
        var region = random.Bool(0.7f) ? enterprise.Region : random.ArrayElement(CityCatalogue.Districts).Region;
        var youngest = asOf.AddYears(-18);
        var birth = new DateOnly(1966, 1, 1).AddDays(random.Number(0, youngest.DayNumber - new DateOnly(1966, 1, 1).DayNumber));
        var earliestHire = birth.AddYears(Worker.MinimumWorkingAge + 2);
        var hire = earliestHire.AddDays(random.Number(0, Math.Max(0, asOf.DayNumber - earliestHire.DayNumber)));

        var target = PickRank(random);
        var entry = target == 1 || random.Bool(0.4f) ? 1 : 2;
        var steps = Enumerable.Range(entry, target - entry + 1).ToArray();
        var span = Math.Max(0, asOf.DayNumber - hire.DayNumber);
        // Ascending step dates spread over the career so far; a young high-flyer simply climbed fast.
        var offsets = steps.Select(_ => random.Number(0, span)).Order().ToArray();

        foreach (var (rank, index) in steps.Select((r, i) => (r, i)))
        {
            var level = ladder[rank - 1];
            var date = hire.AddDays(offsets[index]);
            int? certificateId = null;
            var reason = index == 0 ? LevelChangeReason.Initial : LevelChangeReason.Appointment;
            if (level.NationalGrade is { } grade)
            {
                var issuer = random.Bool(0.8f) ? 'S' : 'Y';
                certificateId = ++_certificateId;
                batch.Certificates.Add([certificateId, workerId, ids.CertificateNumber(issuer, grade, date), level.Id, occupationId, date,
                    issuer == 'S' ? random.ArrayElement(CityCatalogue.AssessmentBodies) : enterprise.Name,
                    issuer == 'S' ? CertificateIssuerKind.SocialEvaluationBody : CertificateIssuerKind.Employer]);
                reason = LevelChangeReason.Assessment;
            }
            batch.LevelChanges.Add([++_levelChangeId, workerId, level.Id, date, reason, certificateId]);
        }

        batch.Workers.Add([workerId, faker.Name.LastName() + faker.Name.FirstName(), ids.IdNumber(region, birth, sex), birth, sex,
            enterprise.Id, occupationId, hire, random.Bool(0.85f), ladder[target - 1].Id, 0]);
    }

    private int PickRank(Randomizer random)
    {
        var u = random.Double();
        for (var i = 0; i < _shares.Length; i++)
            if ((u -= _shares[i]) < 0) return i + 1;
        return _shares.Length;
    }

    /// <summary>The default shares fit the eight-level ladder; another ladder length gets them spread over its rungs.</summary>
    private static double[] ScaleShares(int rungs)
    {
        var source = CityCatalogue.LevelShares;
        var shares = Enumerable.Range(0, rungs).Select(i => source[Math.Min(source.Length - 1, i * source.Length / rungs)]).ToArray();
        var total = shares.Sum();
        return shares.Select(s => s / total).ToArray();
    }
}

internal sealed record DemoEnterprise(int Id, string Name, string Region);

internal sealed class Batch
{
    public List<object?[]> Workers { get; } = [];
    public List<object?[]> Certificates { get; } = [];
    public List<object?[]> LevelChanges { get; } = [];
    public void Clear() { Workers.Clear(); Certificates.Clear(); LevelChanges.Clear(); }
}
