using Bogus;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.DemoCity;

/// <summary>
/// The rows of one demo worker: the worker, their certificates and their level history, in insert order.
/// Ids are counted here, never taken from the database, so that a seed always yields the same rows.
/// </summary>
internal sealed class WorkerFactory(Faker faker, IdentifierFactory ids, IReadOnlyList<SkillLevel> ladder, DateOnly asOf)
{
    public static readonly string[] WorkerColumns =
        ["Id", "FullName", "NationalIdNumber", "BirthDate", "Sex", "EnterpriseId", "OccupationId", "HireDate", "IsUnionMember", "CurrentSkillLevelId", "Version",
            // Written explicitly: the columns are enum names, and their migration default ("") is no enum value. The tier
            // is set by the evaluation that follows the load (DemoLadder).
            "Education", "Tier"];
    public static readonly string[] CertificateColumns = ["Id", "WorkerId", "Number", "SkillLevelId", "OccupationId", "IssuedOn", "Issuer", "IssuerKind"];
    public static readonly string[] LevelChangeColumns = ["Id", "WorkerId", "SkillLevelId", "EffectiveOn", "Reason", "CertificateId"];

    /// <summary>Enterprises have assessed their own workers (企业自主评价, Y numbers) since 2020.</summary>
    private const int FirstEnterpriseAssessmentYear = 2020;

    private readonly Randomizer _random = faker.Random;
    private readonly CareerPlanner _careers = new(faker.Random, asOf);
    private readonly double[] _cumulativeShares = CumulativeShares(ladder.Count);
    private readonly Dictionary<string, int[]> _occupationsBySector = CityCatalogue.Occupations
        .Select((o, index) => (o.Sector, Id: index + 1)).GroupBy(o => o.Sector).ToDictionary(g => g.Key, g => g.Select(o => o.Id).ToArray());
    private int _certificateId;
    private int _levelChangeId;

    public void Add(int workerId, DemoEnterprise enterprise, WorkerBatch batch)
    {
        // Most workers practise a trade of their employer's sector; some (electricians, cooks in canteens) do not.
        var occupationId = _random.Bool(0.8f) ? _random.ArrayElement(_occupationsBySector[enterprise.Sector]) : _random.Number(1, CityCatalogue.Occupations.Length);
        var occupation = CityCatalogue.Occupations[occupationId - 1];
        var sex = _random.Number(1, 100) <= occupation.MalePercent ? Sex.Male : Sex.Female;
        var target = PickLevelIndex();
        var entry = target == 0 ? 0 : Math.Min(target, _random.WeightedRandom([0, 1, 2], [0.45f, 0.45f, 0.10f]));
        var career = _careers.Plan(entry, target);
        var region = _random.Bool(0.7f) ? enterprise.Region : _random.ArrayElement(CityCatalogue.Districts).Region;
        var name = faker.Name.LastName() + faker.Name.FirstName();

        for (var step = 0; step < career.StepDates.Length; step++)
        {
            var level = ladder[entry + step];
            var date = career.StepDates[step];
            int? certificateId = null;
            var reason = step == 0 ? LevelChangeReason.Initial : LevelChangeReason.Appointment;
            if (level.NationalGrade is { } grade)
            {
                certificateId = ++_certificateId;
                reason = LevelChangeReason.Assessment;
                batch.Certificates.Add(Certificate(certificateId.Value, workerId, level, grade, occupationId, date, enterprise));
            }
            batch.LevelChanges.Add([++_levelChangeId, workerId, level.Id, date, reason, certificateId]);
        }

        batch.Workers.Add([workerId, name, ids.IdNumber(region, career.Birth, sex), career.Birth, sex, enterprise.Id, occupationId,
            career.Hire, _random.Bool(0.85f), ladder[target].Id, 0, EducationOf(workerId), Domain.Ladder.TalentTier.None]);
    }

    /// <summary>
    /// A diploma spread close to a manufacturing workforce (about 40% none, 35% technical school, 15% college, 7% technician
    /// college, 3% degree), taken from the id rather than the random stream so adding it left every other generated value unchanged.
    /// The tier starts unrated: the first ladder evaluation after seeding sets it.
    /// </summary>
    private static Domain.People.Education EducationOf(int workerId) => (workerId * 37 % 100) switch
    {
        < 40 => Domain.People.Education.None,
        < 75 => Domain.People.Education.TechnicalSchool,
        < 90 => Domain.People.Education.College,
        < 97 => Domain.People.Education.TechnicianCollege,
        _ => Domain.People.Education.Bachelor,
    };

    private object?[] Certificate(int id, int workerId, SkillLevel level, int grade, int occupationId, DateOnly issued, DemoEnterprise enterprise)
    {
        if (issued.Year >= FirstEnterpriseAssessmentYear && _random.Bool(0.4f))
            return [id, workerId, ids.CertificateNumber('Y', enterprise.BodyCode, issued, grade), level.Id, occupationId, issued,
                enterprise.Name, CertificateIssuerKind.Employer];
        // Before 2020 only the public assessment centres (the first two bodies) issued certificates.
        var body = _random.Number(0, issued.Year >= FirstEnterpriseAssessmentYear ? CityCatalogue.AssessmentBodies.Length - 1 : 1);
        return [id, workerId, ids.CertificateNumber('S', DemoEnterprise.AssessmentBodyCode(body), issued, grade), level.Id, occupationId, issued,
            CityCatalogue.AssessmentBodies[body], CertificateIssuerKind.SocialEvaluationBody];
    }

    private int PickLevelIndex()
    {
        var u = _random.Double();
        var index = Array.FindIndex(_cumulativeShares, share => u < share);
        return index < 0 ? _cumulativeShares.Length - 1 : index;
    }

    /// <summary>The default shares fit the eight-level ladder; a ladder of another length gets them spread over its rungs.</summary>
    private static double[] CumulativeShares(int rungs)
    {
        var source = CityCatalogue.LevelShares;
        var shares = Enumerable.Range(0, rungs).Select(i => source[Math.Min(source.Length - 1, i * source.Length / rungs)]).ToArray();
        var total = shares.Sum();
        var running = 0.0;
        return shares.Select(s => running += s / total).ToArray();
    }
}

internal sealed record DemoEnterprise(int Id, string Name, string Region, string Sector)
{
    /// <summary>The 12-digit evaluating-body code in this enterprise's certificate numbers: its region and its id.</summary>
    public string BodyCode { get; } = Region + Id.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Public assessment bodies are registered with the city (330100), which no enterprise region equals.</summary>
    public static string AssessmentBodyCode(int index) => "33010099" + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class WorkerBatch
{
    public List<object?[]> Workers { get; } = [];
    public List<object?[]> Certificates { get; } = [];
    public List<object?[]> LevelChanges { get; } = [];

    public void Clear()
    {
        Workers.Clear();
        Certificates.Clear();
        LevelChanges.Clear();
    }
}
