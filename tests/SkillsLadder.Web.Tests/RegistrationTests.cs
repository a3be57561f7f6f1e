using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>Registration over HTTP: the import API round trip, who may use it, and the import page's preview and confirm.</summary>
public sealed partial class RegistrationTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly string[] Headers = ["身份证号", "姓名", "参赛号"];

    /// <summary>A competition in registration with its own workers (serials keep ID numbers distinct across tests).</summary>
    private Task<(int Competition, Worker[] Workers)> SetUpAsync(int firstSerial, params string[] names) =>
        SetUpAsync(firstSerial, EligibilityRules.None, names);

    private async Task<(int Competition, Worker[] Workers)> SetUpAsync(int firstSerial, EligibilityRules rules, params string[] names)
    {
        return await app.WithDbAsync(async db =>
        {
            var competition = new Competition(CompetitionData.Details(app.OccupationId, $"竞赛{firstSerial}", eligibility: rules), "organizer", DateTime.UtcNow);
            competition.ReplaceScheme(CompetitionData.StandardScheme());
            competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "organizer", DateTime.UtcNow);
            var workers = names.Select((n, i) => new Worker(n, TestData.IdNumber(new DateOnly(1991, 1, 1).AddDays(firstSerial + i), 201),
                app.EnterpriseId, app.OccupationId, new DateOnly(2014, 1, 1), true)).ToArray();
            db.Add(competition);
            db.AddRange(workers);
            await db.SaveChangesAsync();
            return (competition.Id, workers);
        });
    }

    private static byte[] File(params Worker[] workers) =>
        XlsxWriter.Write("参赛人员", Headers, workers.Select(w => (IReadOnlyList<object?>)[w.NationalIdNumber, w.FullName, null]));

    private static MultipartFormDataContent Upload(byte[] file, bool dryRun, string fileName = "报名表.xlsx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(Application.Features.Registration.EntrantImportFile.ContentType);
        return new MultipartFormDataContent { { content, "file", fileName }, { new StringContent(dryRun ? "true" : "false"), "dryRun" } };
    }

    [Fact]
    public async Task An_organizer_downloads_the_template_previews_commits_and_lists_through_the_api()
    {
        var (c, workers) = await SetUpAsync(10, "王强", "李娜", "赵磊");
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);

        var template = await organizer.GetAsync($"/api/competitions/{c}/entrants/import-template");
        template.Content.Headers.ContentType!.MediaType.ShouldBe(Application.Features.Registration.EntrantImportFile.ContentType);
        TabularFile.Read(await template.Content.ReadAsStreamAsync(), "t.xlsx").Headers.ShouldBe(["身份证号", "姓名", "参赛号", "队名"]);

        var preview = await organizer.PostAsync($"/api/competitions/{c}/entrants/import", Upload(File(workers), dryRun: true));
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        rows.EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("bib").GetInt32())).ShouldBe([(2, 1), (3, 2), (4, 3)]);
        (await app.WithDbAsync(db => db.Entrants.CountAsync(e => e.CompetitionId == c))).ShouldBe(0);

        var commit = await organizer.PostAsync($"/api/competitions/{c}/entrants/import", Upload(File(workers), dryRun: false));
        commit.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await commit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("committed").GetBoolean().ShouldBeTrue();

        var list = await organizer.GetFromJsonAsync<JsonElement>($"/api/competitions/{c}/entrants");
        list.EnumerateArray().Select(e => e.GetProperty("members")[0].GetProperty("fullName").GetString()).ShouldBe(["王强", "李娜", "赵磊"]);
        list[0].GetProperty("members")[0].GetProperty("nationalIdNumber").GetString().ShouldBe(NationalIdNumber.Mask(workers[0].NationalIdNumber));
    }

    [Fact]
    public async Task A_commit_with_one_bad_row_is_a_400_keyed_by_row_and_writes_nothing()
    {
        var (c, workers) = await SetUpAsync(20, "王强", "李娜", "赵磊");
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var file = XlsxWriter.Write("参赛人员", Headers, [[workers[0].NationalIdNumber, "王强", null], [workers[1].NationalIdNumber, "李四", null], [workers[2].NationalIdNumber, "赵磊", "x"]]);

        var response = await organizer.PostAsync($"/api/competitions/{c}/entrants/import", Upload(file, dryRun: false));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["row 3", "row 4"]);
        errors.GetProperty("row 3")[0].GetString()!.ShouldContain("李四");
        (await app.WithDbAsync(db => db.Entrants.CountAsync(e => e.CompetitionId == c))).ShouldBe(0);
    }

    [Fact]
    public async Task Judges_and_workers_may_not_import_and_a_seated_judge_lists_without_id_numbers()
    {
        var (c, workers) = await SetUpAsync(30, "王强");
        var judgeUser = await app.CreateUserAsync(AppRoles.Judge);
        await app.WithDbAsync(async db =>
        {
            db.Add(new CompetitionJudge(c, judgeUser.Id, "张裁判", null, isChief: false));
            db.Add(new Entrant(c, 1, null, [workers[0].Id], "organizer", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var judge = app.CreateClient();
        judge.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(judgeUser.UserName!));
        var worker = await app.ClientAsAsync(AppRoles.Worker, workers[0].Id, app.EnterpriseId);

        (await judge.PostAsync($"/api/competitions/{c}/entrants/import", Upload(File(workers), dryRun: true))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.PostAsync($"/api/competitions/{c}/entrants/import", Upload(File(workers), dryRun: true))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var member = (await judge.GetFromJsonAsync<JsonElement>($"/api/competitions/{c}/entrants"))[0].GetProperty("members")[0];
        member.GetProperty("fullName").GetString().ShouldBe("王强");
        member.GetProperty("nationalIdNumber").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_cookie_signed_in_import_without_the_antiforgery_token_is_refused()
    {
        var (c, workers) = await SetUpAsync(40, "王强");
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);

        var response = await browser.PostAsync($"/api/competitions/{c}/entrants/import", Upload(File(workers), dryRun: false));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized); // issue 17: API writes take only the bearer token, never the cookie
        (await app.WithDbAsync(db => db.Entrants.CountAsync(e => e.CompetitionId == c))).ShouldBe(0);
    }

    [Fact]
    public async Task The_import_page_previews_row_errors_then_imports_a_corrected_file_on_confirm()
    {
        var (c, workers) = await SetUpAsync(50, "王强", "李娜");
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        var url = $"/Competitions/{c}/Entrants/Import";
        var bad = XlsxWriter.Write("参赛人员", Headers, [[workers[0].NationalIdNumber, "王强", null], [workers[1].NationalIdNumber, "李四", null]]);
        var template = await browser.GetAsync($"{url}?handler=Template");
        TabularFile.Read(await template.Content.ReadAsStreamAsync(), "t.xlsx").Headers.ShouldContain("身份证号");

        var preview = await PostPageAsync(browser, url, "Preview", new() { { new ByteArrayContent(bad), "Upload", "报名表.xlsx" } });
        preview.ShouldContain("data-testid=\"preview\"");
        preview.ShouldContain("姓名“李四”与名录中该身份证号的姓名“李娜”不符。");
        preview.ShouldNotContain("handler=Confirm");

        var good = await PostPageAsync(browser, url, "Preview", new() { { new ByteArrayContent(File(workers)), "Upload", "报名表.xlsx" } });
        var kept = WebUtility.HtmlDecode(KeptField().Match(good).Groups[1].Value); // as a browser reads the attribute
        kept.ShouldNotBeEmpty();
        var done = await PostPageAsync(browser, url, "Confirm", new() { { new StringContent(kept), "Kept" }, { new StringContent("报名表.xlsx"), "FileName" } });

        done.ShouldContain("已导入 2 个报名。");
        done.ShouldContain("data-testid=\"entrants\"");
        (await app.WithDbAsync(db => db.Entrants.CountAsync(e => e.CompetitionId == c))).ShouldBe(2);
    }

    [Fact]
    public async Task The_entrants_page_finds_registers_and_withdraws_and_shows_why_a_worker_is_refused()
    {
        var (c, workers) = await SetUpAsync(60, "欧阳明");
        var (strict, others) = await SetUpAsync(70, new EligibilityRules(MinimumLevelRank: 2), "欧阳亮");
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);

        var found = await browser.GetStringAsync($"/Competitions/{c}/Entrants?q=欧阳");
        found.ShouldContain($"value=\"{workers[0].Id}\"");
        var registered = await PostFormAsync(browser, $"/Competitions/{c}/Entrants?q=欧阳", "Register",
            new() { ["Command.WorkerIds"] = workers[0].Id.ToString(), ["q"] = "欧阳" });
        var list = await registered.Content.ReadAsStringAsync();
        list.ShouldContain("报名成功。");
        var entrant = await app.WithDbAsync(db => db.Entrants.SingleAsync(e => e.CompetitionId == c));
        var withdrawn = await PostFormAsync(browser, $"/Competitions/{c}/Entrants", "Withdraw",
            new() { ["Withdraw.EntrantId"] = entrant.Id.ToString(), ["Withdraw.Reason"] = "赛前受伤" });
        (await withdrawn.Content.ReadAsStringAsync()).ShouldContain("赛前受伤");

        var refused = await PostFormAsync(browser, $"/Competitions/{strict}/Entrants?q=欧阳", "Register",
            new() { ["Command.WorkerIds"] = others[0].Id.ToString(), ["q"] = "欧阳" });
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("欧阳亮 不符合参赛条件：技能等级为“无”，低于本赛要求的“初级工”。");
        (await app.WithDbAsync(db => db.Entrants.CountAsync(e => e.CompetitionId == strict))).ShouldBe(0);
    }

    /// <summary>Loads the page for its antiforgery token, then posts the fields to one of its handlers.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        var path = pageUrl.Split('?')[0];
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a multipart form to a page handler with the token the page's form carries, as a browser would.</summary>
    private static async Task<string> PostPageAsync(HttpClient client, string url, string handler, MultipartFormDataContent form)
    {
        var page = await client.GetStringAsync(url);
        form.Add(new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken");
        var response = await client.PostAsync($"{url}?handler={handler}", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Kept\" value=\"([^\"]+)\"")]
    private static partial Regex KeptField();
}
