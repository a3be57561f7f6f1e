using System.Diagnostics;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Organisations;

namespace SkillsLadder.Web.Tests.Jobs;

public static class JobsData
{
    /// <summary>
    /// How long a test waits for a state before it fails: generous, because a shared CI machine may be loaded many times
    /// over (a bound on failure, never a pause on success).
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Competitions straight into the database, bypassing the pipeline: they demand nothing of the job engine.</summary>
    public static async Task<int[]> CreateCompetitionsAsync(TestDatabase database, int count)
    {
        await using var db = database.CreateContext();
        var occupation = new Occupation($"6-31-01-{Random.Shared.Next(10, 99)}", "电工");
        db.Add(occupation);
        await db.SaveChangesAsync();
        var competitions = Enumerable.Range(1, count)
            .Select(i => new Competition(CompetitionData.Details(occupation.Id, $"任务测试竞赛{i}"), "test", DateTime.UtcNow)).ToList();
        db.AddRange(competitions);
        await db.SaveChangesAsync();
        db.StandingsDemands.RemoveRange(db.StandingsDemands); // none expected from inserts; keep every test's start clean
        await db.SaveChangesAsync();
        return competitions.Select(c => c.Id).ToArray();
    }

    /// <summary>An industry, an occupation and an enterprise: what a competition with entrants needs around it.</summary>
    public static async Task<(int OccupationId, int EnterpriseId)> CreateDirectoryAsync(SkillsLadderDbContext db)
    {
        var industry = new Industry("C34", "通用设备制造业");
        var occupation = new Occupation("6-18-01-01", "车工");
        db.AddRange(industry, occupation);
        await db.SaveChangesAsync();
        var enterprise = new Enterprise("杭州恒达精密机械有限公司", TestData.CreditCode(1), industry.Id, "滨江区", null);
        db.Add(enterprise);
        await db.SaveChangesAsync();
        return (occupation.Id, enterprise.Id);
    }

    public static async Task<List<JobRun>> RunsAsync(TestDatabase database, string group = "ranking")
    {
        await using var db = database.CreateContext();
        return db.JobRuns.Where(r => r.JobGroup == group).OrderBy(r => r.Id).ToList();
    }

    public static async Task<int> DemandsAsync(TestDatabase database, int? competitionId = null)
    {
        await using var db = database.CreateContext();
        return db.StandingsDemands.Count(d => competitionId == null || d.CompetitionId == competitionId);
    }

    /// <summary>Polls a condition (no fixed sleeps); fails with what it waited for.</summary>
    /// <param name="seen">On a timeout, what the test saw last, for the failure message.</param>
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<Task<string>>? seen = null)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}." + (seen is null ? "" : " Seen: " + await seen()));
            await Task.Delay(100);
        }
        return watch.Elapsed;
    }

    public static Task<TimeSpan> WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, what);
}
