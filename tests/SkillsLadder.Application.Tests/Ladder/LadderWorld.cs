using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Ladder;

/// <summary>Hand-made workers for the ladder slices: two enterprises, levels recorded through the real create command.</summary>
internal static class LadderWorld
{
    private static int _sequence = 400;

    public sealed record City(TestData.Directory D, int OtherEnterpriseId);

    public static async Task<City> CreateCityAsync(this TestApp app)
    {
        var d = await app.SeedDirectoryAsync();
        var other = new Enterprise("宁波港联机械有限公司", TestData.CreditCode(2), d.IndustryId, "北仑区", null);
        await app.InsertAsync(other);
        return new City(d, other.Id);
    }

    /// <summary>A worker hired 2015-03-01 holding <paramref name="levelCode"/> since <paramref name="since"/>.</summary>
    public static Task<int> WorkerAsync(this TestApp app, City city, string levelCode, DateOnly since, int? enterpriseId = null,
        Education education = Education.None, string name = "周志强") =>
        app.SendAsync(new CreateWorkerCommand
        {
            FullName = name, NationalIdNumber = TestData.IdNumber(new DateOnly(1992, 5, 5), Interlocked.Increment(ref _sequence)),
            EnterpriseId = enterpriseId ?? city.D.EnterpriseId, OccupationId = city.D.OccupationId, HireDate = new DateOnly(2015, 3, 1),
            IsUnionMember = true, Education = education, SkillLevelId = city.D.Level(levelCode).Id, SkillLevelSince = since,
        });
}
