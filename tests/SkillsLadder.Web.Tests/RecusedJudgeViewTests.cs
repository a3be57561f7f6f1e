using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// The access matrix by content (<see cref="AccessMatrixTests"/> checks statuses): a judge recused from an entrant must
/// see nothing of that entrant until publication, on any competition read path, by API and page. One competition in
/// marking: entrant 甄秋蓉 (bib 7, the conflicted one, total 87.65, 李's A1 33.5) and 常青松 (bib 3, total 76.54,
/// 李's A1 12.5); a practical panel of 李, 赵, 钱 and the chief judge 王; 王 and 钱 are recused from 甄秋蓉.
/// </summary>
public sealed class RecusedJudgeViewTests(WebApp app) : IClassFixture<WebApp>, IAsyncLifetime
{
    private const string HiddenName = "甄秋蓉", VisibleName = "常青松";
    private static readonly string[] HiddenMarks = ["87.65", "33.5"];
    private static int _serial = 900;

    private int _competition, _panel, _hidden, _visible, _li;
    private AppUser _liUser = null!, _zhaoUser = null!, _qianUser = null!, _chiefUser = null!;

    public async Task InitializeAsync()
    {
        _liUser = await app.CreateUserAsync(AppRoles.Judge);
        _zhaoUser = await app.CreateUserAsync(AppRoles.Judge);
        _qianUser = await app.CreateUserAsync(AppRoles.Judge);
        _chiefUser = await app.CreateUserAsync(AppRoles.Judge);
        int zhao = 0, qian = 0, chief = 0;
        (_competition, _panel, _hidden, _visible, _li, zhao, qian, chief) = await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var competition = new Competition(CompetitionData.Details(app.OccupationId, "回避可见性测试赛"), "organizer", now);
            competition.ReplaceScheme(CompetitionData.StandardScheme());
            competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "organizer", now);
            var workers = new[] { HiddenName, VisibleName }.Select(n => new Worker(n, TestData.IdNumber(new DateOnly(1990, 5, 5), Interlocked.Add(ref _serial, 2)),
                app.EnterpriseId, app.OccupationId, new DateOnly(2012, 1, 1), true)).ToList();
            db.AddRange([competition, .. workers]);
            await db.SaveChangesAsync();
            var hidden = new Entrant(competition.Id, 7, null, [workers[0].Id], "organizer", now);
            var visible = new Entrant(competition.Id, 3, null, [workers[1].Id], "organizer", now);
            var judges = new[] { (_liUser, "李裁判", false), (_zhaoUser, "赵裁判", false), (_qianUser, "钱裁判", false), (_chiefUser, "王主任", true) }
                .Select(j => new CompetitionJudge(competition.Id, j.Item1.Id, j.Item2, null, j.Item3)).ToList();
            db.AddRange([hidden, visible, .. judges]);
            await db.SaveChangesAsync();
            var criteria = db.MarkingCriteria.Where(k => k.Code != "T" && db.MarkingComponents.Any(m => m.Id == k.ComponentId && m.CompetitionId == competition.Id))
                .Select(k => k.Id).ToList();
            var panel = new JudgePanel(competition.Id, "实操组");
            panel.Assign(judges.Select(j => j.Id).ToList(), criteria);
            db.Add(panel);
            competition.MoveTo(CompetitionStatus.Marking, new CompetitionFacts(true, 2, 4, 0, false), "organizer", now);
            db.AddRange(new ConflictOfInterest(competition.Id, judges[3].Id, hidden.Id, ConflictKind.Declared, "亲属", "organizer", now),
                new ConflictOfInterest(competition.Id, judges[2].Id, hidden.Id, ConflictKind.Declared, "同事", "organizer", now));
            await db.SaveChangesAsync();
            await StandingsData.AddSnapshotAsync(db, competition.Id, SnapshotBasis.Live,
                StandingsData.Row(hidden.Id, 1, 1, 8765), StandingsData.Row(visible.Id, 2, 2, 7654));
            return (competition.Id, panel.Id, hidden.Id, visible.Id, judges[0].Id, judges[1].Id, judges[2].Id, judges[3].Id);
        });
        // 李 and 赵 mark both entrants far apart on A1, so both appear on the disagreement list for those allowed to see them.
        var li = await ClientAsync(_liUser);
        var zhaoClient = await ClientAsync(_zhaoUser);
        await SaveAsync(li, _hidden, "33.5");
        await SaveAsync(zhaoClient, _hidden, "4");
        await SaveAsync(li, _visible, "12.5");
        await SaveAsync(zhaoClient, _visible, "38.5");
        _ = (zhao, qian, chief);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> ClientAsync(AppUser user)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(user.UserName!));
        return client;
    }

    private async Task SaveAsync(HttpClient judge, int entrant, string a1)
    {
        var response = await judge.PutAsJsonAsync($"/api/competitions/{_competition}/sheets/{_panel}/{entrant}",
            new { version = 0, entries = new[] { new { aspectCode = "A1", value = a1 } } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Every competition read path that lists entrants, with whether 常青松 shows there for this viewer.</summary>
    private IEnumerable<(string Url, bool ShowsVisible)> ListingPaths(bool chief)
    {
        var c = _competition;
        yield return ($"/api/competitions/{c}/standings", true);
        yield return ($"/api/competitions/{c}/standings.xlsx", true);
        yield return ($"/api/competitions/{c}/board", true);
        yield return ($"/api/competitions/{c}/entrants", true);
        yield return ($"/api/competitions/{c}/marking", true);
        yield return ($"/Competitions/{c}/Results", true);
        yield return ($"/Competitions/{c}/Results/Print", true);
        yield return ($"/Competitions/{c}/Board", true);
        yield return ($"/Competitions/{c}/Entrants", true);
        yield return ($"/Competitions/{c}/Marking", true);
        if (!chief) yield break;
        yield return ($"/api/competitions/{c}/disagreements", true);
        yield return ($"/Competitions/{c}/Marking/Disagreements", true);
        yield return ($"/Competitions/{c}/Results/Entrant/{_visible}", true);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            return await response.Content.ReadAsStringAsync();
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml")))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }

    private async Task ShowsNothingOfTheConflictedEntrantAsync(AppUser user, bool chief)
    {
        var client = await ClientAsync(user);
        foreach (var (url, showsVisible) in ListingPaths(chief))
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var content = await ReadAsync(response);
            if (showsVisible) content.ShouldContain(VisibleName, customMessage: url);
            content.ShouldNotContain(HiddenName, customMessage: url);
            content.ShouldNotContain($"\"entrantId\":{_hidden},", customMessage: url);
            content.ShouldNotContain("\"bib\":7,", customMessage: url);
            foreach (var mark in HiddenMarks) content.ShouldNotContain(mark, customMessage: url);
        }

        // The conflicted entrant's own pages and sheets answer 403, and say nothing of the entrant either.
        var c = _competition;
        foreach (var url in new[]
                 {
                     $"/api/competitions/{c}/sheets/{_panel}/{_hidden}?judgeId={_li}", $"/Competitions/{c}/Marking/Sheet/{_panel}/{_hidden}?judgeId={_li}",
                     $"/api/competitions/{c}/results/entrants/{_hidden}", $"/Competitions/{c}/Results/Entrant/{_hidden}",
                 })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            var content = await response.Content.ReadAsStringAsync();
            content.ShouldNotContain(HiddenName, customMessage: url);
            foreach (var mark in HiddenMarks) content.ShouldNotContain(mark, customMessage: url);
        }
    }

    [Fact]
    public Task A_recused_chief_judge_sees_nothing_of_the_conflicted_entrant_on_any_read_path() =>
        ShowsNothingOfTheConflictedEntrantAsync(_chiefUser, chief: true);

    [Fact]
    public Task A_recused_judge_sees_nothing_of_the_conflicted_entrant_on_any_read_path() =>
        ShowsNothingOfTheConflictedEntrantAsync(_qianUser, chief: false);

    [Fact]
    public async Task A_judge_who_is_not_recused_sees_the_entrant_so_the_checks_above_can_fail()
    {
        var zhao = await ClientAsync(_zhaoUser);
        foreach (var url in new[] { $"/api/competitions/{_competition}/standings", $"/Competitions/{_competition}/Board", $"/api/competitions/{_competition}/entrants" })
        {
            var content = await (await zhao.GetAsync(url)).Content.ReadAsStringAsync();
            content.ShouldContain(HiddenName, customMessage: url);
        }
        (await ReadAsync(await zhao.GetAsync($"/api/competitions/{_competition}/standings.xlsx"))).ShouldContain("87.65");
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        (await organizer.GetStringAsync($"/api/competitions/{_competition}/disagreements")).ShouldContain("33.5");
    }

    [Fact]
    public async Task A_recused_chief_judge_can_neither_read_nor_change_another_judges_sheet_for_that_entrant()
    {
        var chief = await ClientAsync(_chiefUser);
        var url = $"/api/competitions/{_competition}/sheets/{_panel}/{_hidden}?judgeId={_li}";

        var read = await chief.GetAsync(url);
        var change = await chief.PutAsJsonAsync($"/api/competitions/{_competition}/sheets/{_panel}/{_hidden}",
            new { version = 1, judgeId = _li, entries = new[] { new { aspectCode = "A1", value = "40" } } });

        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        change.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await change.Content.ReadAsStringAsync()).ShouldContain("利益冲突");
        var stored = await app.WithDbAsync(db => Task.FromResult(db.ScoreEntries
            .Where(e => db.ScoreSheets.Any(s => s.Id == e.SheetId && s.EntrantId == _hidden && s.JudgeId == _li)).Select(e => e.Hundredths).ToList()));
        stored.ShouldBe([3350]);
        // The chief still reads 李's sheet for the entrant they are not recused from.
        (await chief.GetAsync($"/api/competitions/{_competition}/sheets/{_panel}/{_visible}?judgeId={_li}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
