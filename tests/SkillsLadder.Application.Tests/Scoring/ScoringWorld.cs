using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Scoring;

/// <summary>
/// A competition in marking with the standard scheme: entrants 1–3 (bib = position), one practical panel marking
/// criteria A (A1 /40 step 0.5, A2 /20 step 20) and B (B1 judgement /40, allowed gap 1) with three judges: 王主任 (chief),
/// 李裁判 and 赵裁判; 赵裁判 is recused from entrant 2. A second competition holds entrant 9 and its own panel.
/// </summary>
public sealed class ScoringWorld
{
    public required TestApp App { get; init; }
    public required Competition Competition { get; init; }
    public required IReadOnlyList<Entrant> Entrants { get; init; }
    public required JudgePanel Panel { get; init; }
    public required CompetitionJudge Chief { get; init; }
    public required CompetitionJudge Li { get; init; }
    public required CompetitionJudge Zhao { get; init; }
    public required CompetitionJudge Outsider { get; init; }
    public required Competition Other { get; init; }
    public required Entrant OtherEntrant { get; init; }
    public required JudgePanel OtherPanel { get; init; }

    public int Id => Competition.Id;

    public static async Task<ScoringWorld> CreateAsync(TestApp app)
    {
        var d = await app.SeedDirectoryAsync();
        var competition = await app.CreateCompetitionAsync(d.OccupationId);
        var other = await app.CreateCompetitionAsync(d.OccupationId);
        var workers = await app.CreateWorkersAsync(d, "王强", "李娜", "张伟", "陈静");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var entrants = workers.Take(3).Select((w, i) => new Entrant(competition.Id, i + 1, null, [w.Id], "test-organizer", now)).ToList();
        var otherEntrant = new Entrant(other.Id, 9, null, [workers[3].Id], "test-organizer", now);
        await app.InsertAsync([.. entrants, otherEntrant]);

        var users = new[] { "chief", "li", "zhao", "outsider" }.Select(n => new AppUser { UserName = n, DisplayName = n }).ToList();
        await app.InsertAsync(users.Cast<object>().ToArray());
        var chief = new CompetitionJudge(competition.Id, users[0].Id, "王主任", null, isChief: true);
        var li = new CompetitionJudge(competition.Id, users[1].Id, "李裁判", null, isChief: false);
        var zhao = new CompetitionJudge(competition.Id, users[2].Id, "赵裁判", null, isChief: false);
        var outsider = new CompetitionJudge(competition.Id, users[3].Id, "钱裁判", null, isChief: false);
        var otherJudge = new CompetitionJudge(other.Id, users[1].Id, "李裁判", null, isChief: false);
        await app.InsertAsync(chief, li, zhao, outsider, otherJudge);

        var criteria = await CriteriaAsync(app, competition.Id);
        var panel = new JudgePanel(competition.Id, "实操组");
        panel.Assign([chief.Id, li.Id, zhao.Id], [criteria["A"], criteria["B"]]);
        var theoryPanel = new JudgePanel(competition.Id, "理论组");
        theoryPanel.Assign([outsider.Id], [criteria["T"]]);
        var otherPanel = new JudgePanel(other.Id, "实操组");
        otherPanel.Assign([otherJudge.Id], [(await CriteriaAsync(app, other.Id))["A"]]);
        await app.InsertAsync(panel, theoryPanel, otherPanel);
        await app.InsertAsync(new ConflictOfInterest(competition.Id, zhao.Id, entrants[1].Id, ConflictKind.Declared, "曾为其师傅", "zhao", now));

        await MoveAsync(app, competition.Id, CompetitionStatus.Marking);
        await MoveAsync(app, other.Id, CompetitionStatus.Marking);
        return new ScoringWorld
        {
            App = app, Competition = competition, Entrants = entrants, Panel = panel, Chief = chief, Li = li, Zhao = zhao,
            Outsider = outsider, Other = other, OtherEntrant = otherEntrant, OtherPanel = otherPanel,
        };
    }

    private static Task<Dictionary<string, int>> CriteriaAsync(TestApp app, int competitionId) => app.QueryAsync(db =>
        db.MarkingCriteria.Where(k => db.MarkingComponents.Any(m => m.Id == k.ComponentId && m.CompetitionId == competitionId))
            .ToDictionaryAsync(k => k.Code, k => k.Id));

    /// <summary>Takes a lifecycle step directly, as the lead's lifecycle command would (facts as if all were in order).</summary>
    public static Task MoveAsync(TestApp app, int competitionId, CompetitionStatus to, string? reason = null) => app.QueryAsync(async db =>
    {
        var competition = await db.Competitions.SingleAsync(c => c.Id == competitionId);
        competition.MoveTo(to, new CompetitionFacts(true, 3, 3, 0, true), "test-organizer", app.Clock.GetUtcNow().UtcDateTime, reason);
        return await db.SaveChangesAsync();
    });

    public TestApp As(CompetitionJudge judge) => App.RunAs(AppRoles.Judge, userId: judge.UserId, userName: UserName(judge));

    public TestApp AsOrganizer(string name = "organizer") => App.RunAs(AppRoles.Organizer, userName: name);

    public string UserName(CompetitionJudge judge) =>
        judge.Id == Chief.Id ? "chief" : judge.Id == Li.Id ? "li" : judge.Id == Zhao.Id ? "zhao" : "outsider";

    public SaveMarksCommand Save(Entrant entrant, int version, params (string Code, string? Value)[] entries) => new()
    {
        CompetitionId = Id, PanelId = Panel.Id, EntrantId = entrant.Id, Version = version,
        Entries = entries.Select(e => new MarkInput { AspectCode = e.Code, Value = e.Value }).ToList(),
    };

    /// <summary>Everything score entry can write, to show a refused request changed nothing.</summary>
    public Task<string> SnapshotAsync() => App.QueryAsync(async db =>
    {
        var sheets = await db.ScoreSheets.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Status}:{s.Version}").ToListAsync();
        var entries = await db.ScoreEntries.OrderBy(e => e.SheetId).ThenBy(e => e.AspectId).Select(e => $"{e.SheetId}/{e.AspectId}={e.Hundredths}").ToListAsync();
        return $"{string.Join(",", sheets)} | {string.Join(",", entries)} | changes {await db.ScoreChanges.CountAsync()}"
               + $" | requests {await db.ProcessedRequests.CountAsync()}";
    });

    /// <summary>A sheet marked in full by the judge (A1, A2, B1) and, when asked, submitted.</summary>
    public async Task<SaveMarksResult> MarkAsync(CompetitionJudge judge, Entrant entrant, string a1, string a2, string b1, bool submit = false)
    {
        As(judge);
        var view = await App.SendAsync(new GetSheetQuery(Id, Panel.Id, entrant.Id));
        var saved = await App.SendAsync(Save(entrant, view.Version, ("A1", a1), ("A2", a2), ("B1", b1)));
        if (submit) await App.SendAsync(new SubmitSheetCommand { CompetitionId = Id, PanelId = Panel.Id, EntrantId = entrant.Id });
        return saved;
    }
}
