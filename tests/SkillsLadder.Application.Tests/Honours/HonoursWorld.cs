using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Honours;

/// <summary>
/// A city for the honours tests: enterprise A (the directory's) and B, federation reviewers 赵 and 钱, enterprise A's
/// HR, an organizer, and a competition whose result is published with honour and promotion rules. The clock stands on
/// Tuesday 2026-06-30 (China date); the default catalogue is seeded by the database initialiser.
/// </summary>
public sealed class HonoursWorld : IAsyncDisposable
{
    private HonoursWorld(TestApp app, TestData.Directory directory) => (App, Directory) = (app, directory);

    public TestApp App { get; }
    public TestData.Directory Directory { get; }
    public int EnterpriseB { get; private set; }
    public int Reviewer1 { get; private set; }
    public int Reviewer2 { get; private set; }
    public int HrUser { get; private set; }

    public static async Task<HonoursWorld> StartAsync(DatabaseProvider provider)
    {
        var app = await TestApp.StartAsync(provider);
        var world = new HonoursWorld(app, await app.SeedDirectoryAsync());
        var b = new Enterprise("宁波港联机械有限公司", TestData.CreditCode(77), world.Directory.IndustryId, "北仑区", null);
        await app.InsertAsync(b);
        world.EnterpriseB = b.Id;
        world.Reviewer1 = await app.CreateAccountAsync("赵审核", AppRoles.HrReviewer);
        world.Reviewer2 = await app.CreateAccountAsync("钱复核", AppRoles.HrReviewer);
        world.HrUser = await app.CreateAccountAsync("企业人事", AppRoles.HrReviewer, world.Directory.EnterpriseId);
        return world;
    }

    public HonoursWorld As(int reviewerUserId) { App.RunAs(AppRoles.HrReviewer, userId: reviewerUserId); return this; }
    public HonoursWorld AsHr() { App.RunAs(AppRoles.HrReviewer, enterpriseId: Directory.EnterpriseId, userId: HrUser); return this; }
    public HonoursWorld AsAdmin() { App.RunAs(AppRoles.Admin, userName: "admin"); return this; }
    public HonoursWorld AsOrganizer() { App.RunAs(AppRoles.Organizer, userName: "organizer"); return this; }

    public Task<int> HonourIdAsync(string name) => App.QueryAsync(db => db.HonourTypes.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    /// <summary>A worker of enterprise A (or B) at the given level code (null: no level on record).</summary>
    public async Task<Worker> WorkerAsync(string name, string? levelCode = "Senior", bool inB = false)
    {
        var worker = (await App.CreateWorkersAsync(Directory, name)).Single();
        await App.QueryAsync(async db =>
        {
            var w = await db.Workers.SingleAsync(x => x.Id == worker.Id);
            if (inB) w.UpdateProfile(w.FullName, EnterpriseB, w.OccupationId, w.HireDate, w.IsUnionMember);
            if (levelCode is not null) w.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == levelCode), new DateOnly(2018, 7, 1), LevelChangeReason.Initial);
            return await db.SaveChangesAsync();
        });
        return worker;
    }

    /// <summary>
    /// A competition ranked and published with the given rules; entrants in order of <paramref name="levels"/> (level
    /// code per entrant, null for none) take ranks 1, 2, 3 …; returns the competition id and the workers by rank.
    /// </summary>
    public async Task<(int CompetitionId, IReadOnlyList<int> WorkerIds)> PublishedResultAsync(RankingRules rules, params string?[] levels)
    {
        var names = levels.Select((_, i) => new[] { "王强", "李娜", "张伟", "刘洋" }[i]).ToArray();
        var c = await App.QueryAsync(db => StandingsData.CreateAsync(db, Directory.OccupationId, Directory.EnterpriseId, names));
        var workerIds = await App.QueryAsync(async db =>
        {
            var ids = new List<int>();
            foreach (var (entrant, level) in c.Entrants.Zip(levels))
            {
                var workerId = await db.EntrantMembers.Where(m => m.EntrantId == entrant.Id).Select(m => m.WorkerId).SingleAsync();
                if (level is not null)
                {
                    var worker = await db.Workers.Include(w => w.LevelHistory).SingleAsync(w => w.Id == workerId);
                    worker.ChangeLevel(await db.SkillLevels.SingleAsync(l => l.Code == level), new DateOnly(2018, 7, 1), LevelChangeReason.Initial);
                }
                ids.Add(workerId);
            }
            var competition = await db.Competitions.SingleAsync(x => x.Id == c.Id);
            competition.SetRankingRules(rules);
            await db.SaveChangesAsync();
            var snapshot = await StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Locked,
                c.Entrants.Select((e, i) => StandingsData.Row(e.Id, i + 1, i + 1, 9000 - 100 * i)).ToArray());
            var facts = new CompetitionFacts(true, c.Entrants.Count, 1, 0, true);
            snapshot.Finalise("organizer", DateTime.UtcNow);
            snapshot.Publish("organizer", DateTime.UtcNow);
            competition.MoveTo(CompetitionStatus.Ranked, facts, "organizer", DateTime.UtcNow);
            competition.MoveTo(CompetitionStatus.Published, facts, "organizer", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return ids;
        });
        return (c.Id, workerIds);
    }

    /// <summary>An enterprise nomination for <paramref name="honour"/>, made by enterprise A's HR.</summary>
    public async Task<int> NominateAsync(int workerId, string honour = "市技术能手")
    {
        AsHr();
        return await App.SendAsync(new Application.Features.Honours.NominateWorkerCommand
            { WorkerId = workerId, HonourTypeId = await HonourIdAsync(honour), Evidence = "连续三年攻克数控加工关键工艺难题，带徒十二名。" });
    }

    public Task<Nomination> NominationAsync(int id) =>
        App.QueryAsync(db => db.Nominations.AsNoTracking().Include(n => n.Steps).Include(n => n.Objections).SingleAsync(n => n.Id == id));

    /// <summary>Moves the clock to 08:00 China time on <paramref name="day"/>.</summary>
    public void Today(DateOnly day) => App.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
