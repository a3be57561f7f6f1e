using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.TalentReports;

/// <summary>A worker to make by hand: enterprise, hire date and dated levels by code ("Senior", 2019-05-01).</summary>
public sealed record WorkerSpec(string Name, int EnterpriseId, DateOnly Hired, params (string Code, DateOnly On)[] Levels);

/// <summary>Hand-made workers, enterprises and honours for the ladder jobs and the talent reports.</summary>
public static class TalentData
{
    private static int _serial;

    public static async Task<int> AddEnterpriseAsync(this TestApp app, string industryCode, string industryName, string name)
    {
        var industry = await app.QueryAsync(db => db.Industries.SingleOrDefaultAsync(i => i.Code == industryCode));
        if (industry is null)
        {
            industry = new Industry(industryCode, industryName);
            await app.InsertAsync(industry);
        }
        var enterprise = new Enterprise(name, TestData.CreditCode(Interlocked.Increment(ref _serial) + 1000), industry.Id, "滨江区", null);
        await app.InsertAsync(enterprise);
        return enterprise.Id;
    }

    public static async Task<int[]> AddWorkersAsync(this TestApp app, int occupationId, params WorkerSpec[] specs)
    {
        await using var db = app.Database.CreateContext();
        var levels = await db.SkillLevels.ToDictionaryAsync(l => l.Code);
        var workers = specs.Select(spec =>
        {
            var serial = Interlocked.Increment(ref _serial);
            var worker = new Worker(spec.Name, TestData.IdNumber(new DateOnly(1975, 1, 1).AddDays(serial * 7), 100 + serial % 800),
                spec.EnterpriseId, occupationId, spec.Hired, true);
            foreach (var (code, on) in spec.Levels) worker.ChangeLevel(levels[code], on, LevelChangeReason.Assessment);
            return worker;
        }).ToList();
        db.Workers.AddRange(workers);
        await db.SaveChangesAsync();
        return workers.Select(w => w.Id).ToArray();
    }

    /// <summary>An honour recorded without a nomination (older paper records), craftsman-class or not.</summary>
    public static async Task<int> AddHonourAsync(this TestApp app, int workerId, string title, bool craftsman, DateOnly conferredOn, DateOnly? expiresOn)
    {
        await using var db = app.Database.CreateContext();
        var honour = new WorkerHonour(workerId, title, conferredOn, expiresOn);
        db.WorkerHonours.Add(honour);
        db.Entry(honour).Property(h => h.CountsTowardCraftsman).CurrentValue = craftsman;
        await db.SaveChangesAsync();
        return honour.Id;
    }

    /// <summary>Moves the clock to noon (China time) of the day and re-evaluates everyone, as the nightly job would that day.</summary>
    public static async Task<LadderSweepResult> ReevaluateOnAsync(this TestApp app, DateOnly day)
    {
        app.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
        return await app.SendAsync(new ReevaluateLadderCommand());
    }

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
