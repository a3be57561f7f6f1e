using System.Text;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Registration;

/// <summary>Workers with the facts eligibility reads, requests and import files for the registration tests.</summary>
internal static class Registrants
{
    public static readonly DateOnly Hired = new(2015, 3, 1);

    /// <summary>A worker of the directory's enterprise; <paramref name="serial"/> makes the ID number distinct.</summary>
    public static async Task<Worker> WorkerAsync(this TestApp app, TestData.Directory d, string name, int serial,
        string? level = null, DateOnly? hired = null, int? occupationId = null, params (string Title, DateOnly On)[] honours)
    {
        var worker = new Worker(name, IdNumber(serial), d.EnterpriseId, occupationId ?? d.OccupationId, hired ?? Hired, true);
        var skillLevel = level is null ? null : d.Level(level);
        if (skillLevel is not null) worker.ChangeLevel(skillLevel, new DateOnly(2020, 1, 1), LevelChangeReason.Assessment);
        await app.QueryAsync(db =>
        {
            if (skillLevel is not null) db.Attach(skillLevel); // the ladder is seeded: the level exists already
            db.Add(worker);
            return db.SaveChangesAsync();
        });
        if (honours.Length > 0)
            await app.InsertAsync(honours.Select(h => (object)new WorkerHonour(worker.Id, h.Title, h.On, null)).ToArray());
        return worker;
    }

    public static string IdNumber(int serial) => TestData.IdNumber(new DateOnly(1985, 1, 1).AddDays(serial), 101);

    public static async Task<int> OtherOccupationAsync(this TestApp app)
    {
        var occupation = new Occupation("6-18-01-02", "铣工");
        await app.InsertAsync(occupation);
        return occupation.Id;
    }

    /// <summary>A competition already past registration (marking started): entries are closed.</summary>
    public static async Task<Competition> CompetitionInAsync(this TestApp app, int occupationId, params CompetitionStatus[] steps)
    {
        var competition = new Competition(CompetitionData.Details(occupationId), "test-organizer", DateTime.UtcNow);
        competition.ReplaceScheme(CompetitionData.StandardScheme());
        foreach (var step in steps) competition.MoveTo(step, new CompetitionFacts(true, 1, 1, 0, false), "test-organizer", DateTime.UtcNow);
        await app.InsertAsync(competition);
        return competition;
    }

    public static RegisterEntrantCommand Register(int competitionId, params int[] workerIds) =>
        new() { CompetitionId = competitionId, WorkerIds = workerIds };

    public static ImportEntrantsCommand Import(int competitionId, string fileName, byte[] content, bool dryRun = false) =>
        new() { CompetitionId = competitionId, FileName = fileName, Content = content, DryRun = dryRun };

    /// <summary>An .xlsx whose first row is the headers, as Excel users send it.</summary>
    public static byte[] Xlsx(string[] headers, params object?[][] rows) =>
        XlsxWriter.Write("参赛人员", headers, rows.Select(r => (IReadOnlyList<object?>)r));

    /// <summary>A CSV as Excel saves "CSV UTF-8": with a byte order mark.</summary>
    public static byte[] CsvWithBom(params string[] lines) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    public static Task<int> EntrantCountAsync(this TestApp app) => app.CountAsync<Entrant>();
}
