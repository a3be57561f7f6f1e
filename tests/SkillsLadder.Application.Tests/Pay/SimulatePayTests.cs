using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Tests.Pay;

/// <summary>Two proposals costed over a three-person workforce against the grid in force, worked by hand.</summary>
public sealed class SimulatePayTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Two_proposals_are_costed_side_by_side_against_the_grid_in_force(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var basic = await app.ClassAsync("Basic");
        await app.WorkerAsync(d, "周一", "Intermediate", 1);        // rank 3, tier 1
        var senior = await app.WorkerAsync(d, "吴二", "Senior", 2); // rank 4, tier 2
        await app.WorkerAsync(d, "郑三", "Senior", 3, postClass: "Key"); // no key-post cells: uncovered
        await app.InsertAsync(new MinimumWage(PayData.Area, 249_000, new DateOnly(2025, 1, 1)));
        await app.EffectiveAsync(d, new PayGrid([new(basic, 3, 280_000, 20_000), new(basic, 4, 300_000, 40_000)], 10_000, 50_000),
            new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 1));

        var next = PayData.Offer(d, new DateOnly(2026, 6, 1));
        var round = next.HoldRound(new DateOnly(2026, 6, 10), "第一轮：双方各提出方案。",
        [
            (BargainingSide.Union, new PayGrid([new(basic, 3, 280_000, 30_000), new(basic, 4, 300_000, 60_000)], 20_000, 80_000), "职工方方案"),
            (BargainingSide.Employer, new PayGrid([new(basic, 3, 240_000, 65_000), new(basic, 4, 300_000, 45_000)], 10_000, 50_000), "企业方方案"),
        ]);
        await app.InsertAsync(next);
        var ids = round.Proposals.Select(p => p.Id).ToList();

        var simulation = await app.SendAsync(new SimulatePayQuery(next.Id, ids));

        simulation.MinimumWageFen.ShouldBe(249_000);
        simulation.CurrentGridTitle.ShouldBe("2026年度能级工资专项集体合同");
        var union = simulation.Proposals[0].Result;
        // 周一 300,000 → 310,000; 吴二 340,000 + 10,000 → 360,000 + 20,000.
        (union.Workers, union.Uncovered, union.Affected).ShouldBe((3, 1, 2));
        (union.CurrentMonthlyFen, union.ProposedMonthlyFen, union.AnnualDeltaFen).ShouldBe((650_000L, 690_000L, 480_000L));
        union.BiggestChanges[0].WorkerId.ShouldBe(senior);
        simulation.WorkerNames[senior].ShouldBe("吴二");
        simulation.Proposals[0].Problems.ShouldBeEmpty();
        // 周一 300,000 → 305,000; 吴二 350,000 → 355,000; its base of ¥2,400 at level 3 is below the minimum wage.
        var employer = simulation.Proposals[1];
        employer.Result.MonthlyDeltaFen.ShouldBe(10_000);
        employer.Problems.ShouldBe([new GridProblem(GridProblemKind.BaseBelowMinimumWage, basic, 3, 240_000, 249_000)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Others_may_not_simulate_and_proposals_of_other_agreements_are_not_found(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var basic = await app.ClassAsync("Basic");
        var agreement = PayData.Offer(d, new DateOnly(2026, 6, 1));
        var round = agreement.HoldRound(new DateOnly(2026, 6, 10), "第一轮：职工方提出方案。",
            [(BargainingSide.Union, new PayGrid([new(basic, 3, 280_000, 30_000)], 0, 0), null)]);
        await app.InsertAsync(agreement);
        var proposal = round.Proposals.Single().Id;

        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new SimulatePayQuery(agreement.Id, [proposal + 1000])));
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new SimulatePayQuery(agreement.Id, [proposal, proposal])));
        app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId + 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new SimulatePayQuery(agreement.Id, [proposal])));
        app.RunAs(AppRoles.Judge);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new SimulatePayQuery(agreement.Id, [proposal])));
        app.RunAs(AppRoles.HrReviewer, enterpriseId: d.EnterpriseId);
        (await app.SendAsync(new SimulatePayQuery(agreement.Id, [proposal]))).Proposals.Single().Result.CurrentMonthlyFen.ShouldBe(0);
    }
}
