using SkillsLadder.Application.Features.Training;
using SkillsLadder.Application.Tests.Ladder;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Tests.Training;

/// <summary>
/// A city for the training slices: enterprise A with 周志强 and 李娜 (中级工 since 2022-04-01), enterprise B with 赵敏,
/// and an approved 40-hour programme for 高技能人才 from 2026-07-10 to 07-14 with <c>capacity</c> places. The clock
/// reads 2026-06-30; the admin runs the programme.
/// </summary>
internal static class TrainingWorld
{
    public sealed record City(LadderWorld.City Directory, int Zhou, int Li, int Zhao, int ProgrammeId)
    {
        public int EnterpriseA => Directory.D.EnterpriseId;
        public int EnterpriseB => Directory.OtherEnterpriseId;
    }

    public static readonly DateOnly StartsOn = new(2026, 7, 10);

    public static async Task<City> CreateTrainingCityAsync(this TestApp app, int capacity = 30)
    {
        var city = await app.CreateCityAsync();
        var since = new DateOnly(2022, 4, 1);
        var zhou = await app.WorkerAsync(city, "Intermediate", since, name: "周志强");
        var li = await app.WorkerAsync(city, "Intermediate", since, name: "李娜");
        var zhao = await app.WorkerAsync(city, "Intermediate", since, enterpriseId: city.OtherEnterpriseId, name: "赵敏");
        var programme = await app.RunAs(AppRoles.Admin).SendAsync(Programme(capacity));
        return new City(city, zhou, li, zhao, programme);
    }

    public static SaveTrainingProgrammeCommand Programme(int capacity = 30) => new()
    {
        Title = "数控车床高级操作培训", Provider = "宁波技师学院", Hours = 40, Assessment = "实操考核与理论笔试", Capacity = capacity,
        StartsOn = StartsOn, EndsOn = StartsOn.AddDays(4), Cost = "1200", Subsidy = "600", IsApproved = true,
        TargetTier = TalentTier.HighSkilledWorker,
    };

    /// <summary>Eight hours on each of the five days.</summary>
    public static IReadOnlyList<RosterCell> FullWeek(int enrolmentId) =>
        Enumerable.Range(0, 5).Select(i => new RosterCell(enrolmentId, StartsOn.AddDays(i), "8")).ToList();

    public static async Task<int> EnrolAsync(this TestApp app, City city, int workerId)
    {
        var id = await app.RunAs(AppRoles.Worker, workerId: workerId).SendAsync(new EnrolInTrainingCommand(city.ProgrammeId, null));
        app.RunAs(AppRoles.Admin);
        return id;
    }
}
