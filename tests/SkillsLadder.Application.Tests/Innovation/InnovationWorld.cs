using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Application.Tests.Ladder;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Innovation;

/// <summary>
/// A city for the innovation slices: enterprise A (the directory's) with workers 周志强 (lead), 李娜 (colleague) and
/// 王强, enterprise B with 赵敏; a running campaign with a crew of A, a crew of B and 周志强 as an individual, and a
/// draft campaign with a crew of A. The clock reads 2026-06-30.
/// </summary>
internal static class InnovationWorld
{
    public sealed record City(LadderWorld.City Directory, int Lead, int Colleague, int Other, int OutsideWorker,
        int RunningCampaign, int CrewA, int CrewB, int LeadIndividual, int DraftCampaign, int DraftCrewA)
    {
        public int EnterpriseA => Directory.D.EnterpriseId;
        public int EnterpriseB => Directory.OtherEnterpriseId;
    }

    public static async Task<City> CreateInnovationCityAsync(this TestApp app)
    {
        var city = await app.CreateCityAsync();
        var since = new DateOnly(2022, 4, 1);
        var lead = await app.WorkerAsync(city, "Intermediate", since, name: "周志强");
        var colleague = await app.WorkerAsync(city, "Intermediate", since, name: "李娜");
        var other = await app.WorkerAsync(city, "Intermediate", since, name: "王强");
        var outside = await app.WorkerAsync(city, "Intermediate", since, enterpriseId: city.OtherEnterpriseId, name: "赵敏");

        var running = Campaign("地铁三号线劳动竞赛");
        var crewA = running.AddUnit("一班组", UnitKind.Crew, city.D.EnterpriseId, lead);
        var crewB = running.AddUnit("港联班组", UnitKind.Crew, city.OtherEnterpriseId, outside);
        var individual = running.AddIndividual(lead, "周志强", city.D.EnterpriseId, null);
        running.ReplaceScheme(Scheme(), 1, 1, "organizer", DateTime.UnixEpoch);
        running.Start();
        var draft = Campaign("环城高速劳动竞赛");
        var draftCrew = draft.AddUnit("二班组", UnitKind.Crew, city.D.EnterpriseId, null);
        await app.InsertAsync(running, draft);
        return new City(city, lead, colleague, other, outside, running.Id, crewA.Id, crewB.Id, individual.Id, draft.Id, draftCrew.Id);
    }

    private static Campaign Campaign(string name)
    {
        var campaign = new Campaign(name, CampaignKind.KeyProject, name[..^4], "市总工会", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            PeriodCadence.Monthly, DateTime.UnixEpoch);
        campaign.PlanPeriods();
        return campaign;
    }

    private static IndicatorSchemeDefinition Scheme() => new([new("I", "技术创新", IndicatorCategory.Innovation, 100, new Mark(10000), null, null, null,
        [new("I1", "合理化建议被采纳", new Mark(100), false, 99)])]);

    public static SubmitInnovationCommand Proposal(string title = "改进钢筋下料流程", params int[] coAuthors) => new()
    {
        Kind = InnovationKind.RationalisationProposal, Title = title, Description = "按构件编号集中下料，减少边角料浪费。",
        ExpectedBenefit = "每年节约钢材约 3 吨", CoAuthorWorkerIds = [.. coAuthors],
    };

    public static AssessInnovationCommand Acceptance(int id, string benefit, InnovationGrade? grade = null, string? note = null, int version = 0) =>
        new() { EntryId = id, Version = version, Adopted = true, AssessedBenefit = benefit, Grade = grade, Note = note };

    /// <summary>Submits as the lead worker, then acts as enterprise A's HR (the usual assessor).</summary>
    public static async Task<int> SubmittedAsync(this TestApp app, City city, string title = "改进钢筋下料流程", params int[] coAuthors)
    {
        var id = await app.RunAs(AppRoles.Worker, workerId: city.Lead, enterpriseId: city.EnterpriseA).SendAsync(Proposal(title, coAuthors));
        app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA, userName: "hr-a");
        return id;
    }
}
