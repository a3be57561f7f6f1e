using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Web.Tests;

/// <summary>Results over HTTP: the public board's columns, the boards' "no change", the .xlsx export, print pages and certificates.</summary>
public sealed class ResultsTests(WebApp app) : IClassFixture<WebApp>
{
    private static int _serial;

    /// <summary>A competition with two snapshots: a live one (number 1) and a published one from locked marks (number 2).</summary>
    private async Task<(StandingsData.LockedCompetition C, int Published, string IdNumber)> PublishedAsync()
    {
        var names = new[] { $"林{Interlocked.Increment(ref _serial)}号", $"何{Interlocked.Increment(ref _serial)}号", $"宋{Interlocked.Increment(ref _serial)}号" };
        return await app.WithDbAsync(async db =>
        {
            var c = await StandingsData.CreateAsync(db, app.OccupationId, app.EnterpriseId, names, competitionName: $"结果测试赛{_serial}");
            var e = c.Entrants;
            await StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Live, StandingsData.Row(e[0].Id, 1, 1, 8800));
            var snapshot = await StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Locked,
                StandingsData.Row(e[1].Id, 1, 1, 9300, Prize.First, Medal.Gold, "授予“市技术能手”称号"),
                StandingsData.Row(e[0].Id, 2, 2, 9000, Prize.Second, Medal.Silver), StandingsData.Row(e[2].Id, 3, 3, 7000));
            var competition = await db.Competitions.SingleAsync(x => x.Id == c.Id);
            var facts = new CompetitionFacts(true, 3, 1, 0, true);
            snapshot.Finalise("organizer", DateTime.UtcNow);
            snapshot.Publish("organizer", DateTime.UtcNow);
            competition.MoveTo(CompetitionStatus.Ranked, facts, "organizer", DateTime.UtcNow);
            competition.MoveTo(CompetitionStatus.Published, facts, "organizer", DateTime.UtcNow);
            await db.SaveChangesAsync();
            var idNumber = await db.Workers.Where(w => w.FullName == names[1]).Select(w => w.NationalIdNumber).SingleAsync();
            return (c, snapshot.Number, idNumber);
        });
    }

    [Fact]
    public async Task The_public_board_json_carries_public_columns_only_and_no_id_numbers()
    {
        var (c, number, idNumber) = await PublishedAsync();
        var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"/api/public/boards/{c.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var board = JsonDocument.Parse(body).RootElement;
        board.GetProperty("snapshot").GetProperty("number").GetInt32().ShouldBe(number);
        var first = board.GetProperty("rows")[0];
        first.EnumerateObject().Select(p => p.Name).ShouldBe(["position", "rank", "tied", "bib", "name", "enterprise", "total", "standardised", "prize", "medal"]);
        (first.GetProperty("bib").GetInt32(), first.GetProperty("total").GetDecimal(), first.GetProperty("prize").GetString()).ShouldBe((2, 93m, "First"));
        foreach (var hidden in new[] { "explanation", "proposal", "theory", "practical", "timeUsedSeconds", "entrantId", "publishedBy", "finalisedBy" })
            body.ShouldNotContain($"\"{hidden}\"", Case.Insensitive);
        body.ShouldNotContain(idNumber);
        body.ShouldNotContain("市技术能手");

        var page = await anonymous.GetStringAsync($"/Board/{c.Id}");
        page.ShouldContain(first.GetProperty("name").GetString()!);
        page.ShouldNotContain("市技术能手");
        page.ShouldContain("/js/board.js");
    }

    [Fact]
    public async Task Boards_answer_no_content_while_the_snapshot_number_is_unchanged()
    {
        var (c, number, _) = await PublishedAsync();
        var anonymous = app.CreateClient();
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);

        (await anonymous.GetAsync($"/api/public/boards/{c.Id}?after={number}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync($"/api/public/boards/{c.Id}?after={number - 1}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await organizer.GetAsync($"/api/competitions/{c.Id}/board?after={number}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var jury = JsonDocument.Parse(await organizer.GetStringAsync($"/api/competitions/{c.Id}/board?after=0")).RootElement;
        jury.GetProperty("rows")[0].GetProperty("explanation").GetString().ShouldNotBeNullOrEmpty(); // the jury sees why
        (await anonymous.GetAsync($"/api/competitions/{c.Id}/board")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_xlsx_export_opens_and_holds_every_row_in_order()
    {
        var (c, number, _) = await PublishedAsync();
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);

        var response = await organizer.GetAsync($"/api/competitions/{c.Id}/standings.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain($"v{number}");
        var table = TabularFile.Read(await response.Content.ReadAsStreamAsync(), "standings.xlsx");
        table.Headers.Take(6).ShouldBe(["名次", "并列", "参赛号", "参赛者", "单位", "总分"]);
        table.Rows.Select(r => (r.Get("名次"), r.Get("参赛号"), r.Get("总分"), r.Get("奖项"))).ShouldBe([("1", "2", "93", "一等奖"), ("2", "1", "90", "二等奖"), ("3", "3", "70", "")]);
        table.Rows[0].Get("建议").ShouldBe("授予“市技术能手”称号");
    }

    [Fact]
    public async Task The_print_page_and_one_certificate_per_prize_winner_render()
    {
        var (c, number, _) = await PublishedAsync();
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);
        var names = await app.WithDbAsync(db => db.Workers.Where(w => db.EntrantMembers.Any(m => m.CompetitionId == c.Id && m.WorkerId == w.Id))
            .OrderBy(w => w.Id).Select(w => w.FullName).ToListAsync());

        var print = await organizer.GetStringAsync($"/Competitions/{c.Id}/Results/Print");
        print.ShouldContain($"结果测试赛");
        print.ShouldContain("裁判长（签字）");
        print.Split("data-testid=\"printed-row\"").Length.ShouldBe(4);
        print.ShouldNotContain("未发布，仅供核对");

        var certificates = await organizer.GetStringAsync($"/Competitions/{c.Id}/Results/Certificates");
        certificates.Split("data-testid=\"certificate\"").Length.ShouldBe(3); // two prize winners, not the third
        certificates.ShouldContain(names[1]);
        certificates.ShouldContain("一等奖");
        certificates.ShouldContain("First Prize");
        certificates.ShouldContain("Silver Medal");
        certificates.ShouldNotContain(names[2]);

        var results = await organizer.GetStringAsync($"/Competitions/{c.Id}/Results");
        results.ShouldContain($"第 {number} 版排名");
        results.ShouldContain("排名依据");
    }

    [Fact]
    public async Task An_organizer_finalises_and_publishes_from_the_results_page()
    {
        var c = await app.WithDbAsync(async db =>
        {
            var c = await StandingsData.CreateAsync(db, app.OccupationId, app.EnterpriseId, [$"郑{Interlocked.Increment(ref _serial)}号"], competitionName: "页面发布赛");
            await StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Locked, StandingsData.Row(c.Entrants[0].Id, 1, 1, 9000, Prize.First));
            return c;
        });
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);

        var finalised = await organizer.PostFormAsync($"/Competitions/{c.Id}/Results?handler=Finalise&snapshotId={await SnapshotIdAsync(c.Id)}", new Dictionary<string, string>());
        (await finalised.Content.ReadAsStringAsync()).ShouldContain("排名已确认。");
        var published = await organizer.PostFormAsync($"/Competitions/{c.Id}/Results?handler=Publish&snapshotId={await SnapshotIdAsync(c.Id)}", new Dictionary<string, string>());
        (await published.Content.ReadAsStringAsync()).ShouldContain("成绩已发布。");

        (await app.WithDbAsync(db => db.Competitions.Where(x => x.Id == c.Id).Select(x => x.Status).SingleAsync())).ShouldBe(CompetitionStatus.Published);
        (await app.CreateClient().GetStringAsync($"/Board/{c.Id}")).ShouldContain("正式成绩");
    }

    private Task<int> SnapshotIdAsync(int competitionId) =>
        app.WithDbAsync(db => db.StandingsSnapshots.Where(s => s.CompetitionId == competitionId).Select(s => s.Id).SingleAsync());
}
