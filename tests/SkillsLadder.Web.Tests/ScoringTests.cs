using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Score entry over HTTP: the API as an exam system or tablet uses it (Idempotency-Key retries, stale versions) and the
/// sheet page as a judge at the venue uses it. One competition in marking: entrants 1 and 2, a practical panel
/// (criteria A and B) with judge 李 and chief judge 王.
/// </summary>
public sealed class ScoringTests(WebApp app) : IClassFixture<WebApp>, IAsyncLifetime
{
    private int _competition, _panel, _e1, _e2, _li;
    private AppUser _liUser = null!, _chiefUser = null!;

    public async Task InitializeAsync()
    {
        _liUser = await app.CreateUserAsync(AppRoles.Judge);
        _chiefUser = await app.CreateUserAsync(AppRoles.Judge);
        (_competition, _panel, _e1, _e2, _li, _) = await ScoringWebData.CreateAsync(app, _liUser, _chiefUser);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Api(int entrant) => $"/api/competitions/{_competition}/sheets/{_panel}/{entrant}";
    private string Page(int entrant) => $"/Competitions/{_competition}/Marking/Sheet/{_panel}/{entrant}";

    private async Task<HttpClient> ApiClientAsync(AppUser user)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(user.UserName!));
        return client;
    }

    private static HttpRequestMessage Put(string url, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task The_api_applies_a_retried_save_once_refuses_a_reused_key_and_a_stale_version()
    {
        var judge = await ApiClientAsync(_liUser);
        var body = new { version = 0, entries = new[] { new { aspectCode = "A1", value = "37.5" }, new { aspectCode = "B1", value = "2" } } };

        var first = await judge.SendAsync(Put(Api(_e1), body, "tablet-0001"));
        var retry = await judge.SendAsync(Put(Api(_e1), body, "tablet-0001"));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        (await retry.Content.ReadAsStringAsync()).ShouldBe(answer.GetRawText());
        var sheetId = answer.GetProperty("sheetId").GetInt32();
        answer.GetProperty("version").GetInt32().ShouldBe(1);
        (await app.WithDbAsync(db => db.ScoreChanges.CountAsync(c => c.SheetId == sheetId))).ShouldBe(2);

        var reused = await judge.SendAsync(Put(Api(_e1), new { version = 0, entries = new[] { new { aspectCode = "A1", value = "30" } } }, "tablet-0001"));
        reused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("idempotency.key_reused");
        var stale = await judge.SendAsync(Put(Api(_e1), new { version = 0, entries = new[] { new { aspectCode = "A1", value = "30" } } }, null));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("已被他人修改");
        var bad = await judge.SendAsync(Put(Api(_e1), new { version = 1, entries = new[] { new { aspectCode = "A1", value = "41" } } }, null));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("entries[A1]")[0].GetString()
            .ShouldBe("评分项 A1：测量分应在 0 与满分 40.00 之间。");
        (await app.WithDbAsync(db => db.ScoreEntries.Where(e => e.SheetId == sheetId).Select(e => e.Hundredths).OrderBy(h => h).ToListAsync()))
            .ShouldBe([200, 3750]);

        var sheet = await judge.GetFromJsonAsync<JsonElement>(Api(_e1));
        sheet.GetProperty("total").GetDecimal().ShouldBe(64.17m); // 37.5 + 40 × 2 ÷ 3
        var openApi = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("Idempotency-Key");
    }

    [Fact]
    public async Task A_judge_gets_a_sheet_page_with_one_decimal_input_per_aspect_and_the_sheet_script()
    {
        var browser = await SignInAsync(_liUser);

        var html = await browser.GetStringAsync(Page(_e2));

        foreach (var code in new[] { "A1", "A2", "B1" })
            html.ShouldContain($"name=\"Values[{code}]\"");
        html.ShouldNotContain("name=\"Values[T1]\"");
        Regex.Matches(html, "inputmode=\"decimal\"").Count.ShouldBe(3);
        html.ShouldContain("data-kind=\"Judgement\" data-max=\"40\" data-step=\"1\"");
        html.ShouldContain("/js/sheet.js");
        html.ShouldContain(CompetitionData.Descriptors[3]);
        (await browser.GetAsync("/js/sheet.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_stale_save_on_the_page_shows_the_conflict_and_keeps_what_the_judge_typed()
    {
        var browser = await SignInAsync(_liUser);
        var form = await browser.GetStringAsync(Page(_e2));
        // Meanwhile the chief judge, as scribe, saves 李's sheet from a paper form.
        var chief = await ApiClientAsync(_chiefUser);
        (await chief.SendAsync(Put($"{Api(_e2)}", new { version = 0, judgeId = _li, entries = new[] { new { aspectCode = "A1", value = "30" } } }, null)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await browser.PostAsync($"{Page(_e2)}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
            ["Version"] = "0", ["Values[A1]"] = "35.5", ["Values[A2]"] = "20", ["Values[B1]"] = "3",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("已被他人修改");
        html.ShouldContain("value=\"35.5\"");
        html.ShouldContain("当前已保存：30");
        html.ShouldContain("name=\"Version\" value=\"1\"");
        (await app.WithDbAsync(db => db.ScoreEntries.Where(e => db.ScoreSheets.Any(s => s.Id == e.SheetId && s.EntrantId == _e2)).Select(e => e.Hundredths).ToListAsync()))
            .ShouldBe([3000]);
    }

    [Fact]
    public async Task Submit_on_the_page_saves_what_is_typed_then_submits_and_the_sheet_turns_read_only()
    {
        var browser = await SignInAsync(_liUser);

        var response = await browser.PostFormAsync($"{Page(_e1)}?handler=Submit", new Dictionary<string, string>
        {
            ["Version"] = "0", ["Values[A1]"] = "39.5", ["Values[A2]"] = "0", ["Values[B1]"] = "3",
        });

        var html = await response.Content.ReadAsStringAsync();
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(Page(_e1));
        html.ShouldContain("评分表已提交。");
        html.ShouldContain("<output data-total data-testid=\"total\">79.50</output>");
        html.ShouldContain("readonly=\"readonly\"");
        (await app.WithDbAsync(db => db.ScoreSheets.SingleAsync(s => s.EntrantId == _e1))).Status.ShouldBe(SheetStatus.Submitted);
    }

    [Fact]
    public async Task The_chief_judge_sees_the_matrix_and_a_disagreement_on_the_pages()
    {
        var li = await ApiClientAsync(_liUser);
        var chief = await ApiClientAsync(_chiefUser);
        (await li.SendAsync(Put(Api(_e1) , new { version = 0, entries = new[] { new { aspectCode = "B1", value = "0" } } }, null))).EnsureSuccessStatusCode();
        (await chief.SendAsync(Put(Api(_e1), new { version = 0, entries = new[] { new { aspectCode = "B1", value = "3" } } }, null))).EnsureSuccessStatusCode();
        var browser = await SignInAsync(_chiefUser);

        var overview = await browser.GetStringAsync($"/Competitions/{_competition}/Marking");
        var disagreements = await browser.GetStringAsync($"/Competitions/{_competition}/Marking/Disagreements");

        overview.ShouldContain("批量复核本组");
        overview.ShouldContain("李裁判");
        disagreements.ShouldContain("data-testid=\"disagreement\"");
        disagreements.ShouldContain($"judgeId={_li}");
    }

    [Fact]
    public async Task Theory_results_go_in_through_the_api_as_multipart_and_through_the_page_after_a_preview()
    {
        static MultipartFormDataContent Upload(string csv, bool dryRun) => new()
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "exam.csv" },
            { new StringContent(dryRun ? "true" : "false"), "dryRun" },
        };
        var url = $"/api/competitions/{_competition}/theory/import";
        var worker = await app.ClientAsAsync(AppRoles.Worker);
        (await worker.PostAsync(url, Upload("参赛号,成绩\n1,80\n", dryRun: false))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);

        var preview = await organizer.PostAsync(url, Upload("参赛号,成绩\n1,80\n2,101\n", dryRun: true));
        var refused = await organizer.PostAsync(url, Upload("参赛号,成绩\n1,80\n2,101\n", dryRun: false));

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetString().ShouldBe("第 3 行：成绩 测量分应在 0 与满分 100.00 之间。");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.ScoreSheets.CountAsync(s => s.CompetitionId == _competition && s.Source == SheetSource.ExamImport))).ShouldBe(0);

        // The page: upload for a preview (antiforgery-protected multipart form), then confirm what was previewed.
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        var page = $"/Competitions/{_competition}/Marking/Theory";
        var token = Regex.Match(await browser.GetStringAsync(page), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("参赛号,成绩\n1,80\n2,90.5\n")), "Upload", "exam.csv" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var shown = await (await browser.PostAsync($"{page}?handler=Preview", form)).Content.ReadAsStringAsync();
        shown.ShouldContain("新增 2 人，更新 0 人，未变 0 人。");
        var confirm = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Regex.Match(shown, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
            ["FileName"] = Regex.Match(shown, "name=\"FileName\" value=\"([^\"]*)\"").Groups[1].Value,
            ["FileContent"] = WebUtility.HtmlDecode(Regex.Match(shown, "name=\"FileContent\" value=\"([^\"]*)\"").Groups[1].Value),
        };
        var done = await browser.PostAsync($"{page}?handler=Commit", new FormUrlEncodedContent(confirm));

        (await done.Content.ReadAsStringAsync()).ShouldContain("理论成绩已导入：新增 2 人");
        (await app.WithDbAsync(db => db.ScoreEntries.Where(e => db.ScoreSheets.Any(s => s.Id == e.SheetId && s.CompetitionId == _competition && s.Source == SheetSource.ExamImport))
            .Select(e => e.Hundredths).OrderBy(h => h).ToListAsync())).ShouldBe([8000, 9050]);
    }

    private async Task<HttpClient> SignInAsync(AppUser user)
    {
        var client = app.CreateClient();
        var home = await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = user.UserName!, ["Input.Password"] = Accounts.Password,
        });
        home.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        return client;
    }
}
