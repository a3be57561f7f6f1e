using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Tests.Pay;

public sealed class PayGradeTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_promotion_reaches_pay_from_the_next_pay_month_and_the_worker_sees_both_grades(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var basic = await app.ClassAsync("Basic");
        var worker = await app.WorkerAsync(d, "周一", "Intermediate", 1);
        await app.EffectiveAsync(d, new PayGrid([new(basic, 3, 280_000, 20_000), new(basic, 4, 300_000, 40_000)], 10_000, 50_000),
            new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 1));

        // The test clock reads 2026-06-30: the 高级工 certificate lands today, so pay follows from 1 July.
        await app.SendAsync(new AddCertificateCommand
        {
            WorkerId = worker, Number = TestData.CertificateNumber('S', 3, 7), SkillLevelId = d.Level("Senior").Id,
            IssuedOn = new DateOnly(2026, 6, 28), Issuer = "湖州市职业技能鉴定指导中心",
        });

        app.RunAs(AppRoles.Worker, workerId: worker);
        var pay = await app.SendAsync(new GetWorkerPayQuery(worker));
        (pay.Current!.MonthlyFen, pay.Current.EffectiveFrom, pay.Current.LevelRank).ShouldBe((300_000L, new DateOnly(2026, 3, 1), 3));
        var upcoming = pay.Upcoming.Single();
        (upcoming.MonthlyFen, upcoming.EffectiveFrom, upcoming.Tier).ShouldBe((350_000L, new DateOnly(2026, 7, 1), TalentTier.HighSkilledWorker));
        pay.NextLevel.ShouldBeNull(); // the grid has no 技师 cell

        app.Clock.Now = new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero);
        var july = await app.SendAsync(new GetWorkerPayQuery(worker));
        july.Current!.MonthlyFen.ShouldBe(350_000);
        july.Upcoming.ShouldBeEmpty();
        july.History.Count.ShouldBe(2);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_next_level_shows_what_it_would_pay_including_its_tier_allowance(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var basic = await app.ClassAsync("Basic");
        var worker = await app.WorkerAsync(d, "周一", "Intermediate", 1);
        var other = await app.WorkerAsync(d, "吴二", "Intermediate", 2);
        await app.EffectiveAsync(d, new PayGrid([new(basic, 3, 280_000, 20_000), new(basic, 4, 300_000, 40_000)], 10_000, 50_000),
            new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 1));

        var pay = await app.SendAsync(new GetWorkerPayQuery(worker));
        // 高级工 is tier 2 under the default policy: 340,000 + the 10,000 tier allowance, a raise of 50,000.
        (pay.NextLevel!.LevelRank, pay.NextLevel.MonthlyFen, pay.NextLevel.RaiseFen, pay.NextLevel.Tier)
            .ShouldBe((4, 350_000L, 50_000L, TalentTier.HighSkilledWorker));

        app.RunAs(AppRoles.Worker, workerId: other);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetWorkerPayQuery(worker)));
    }
}
