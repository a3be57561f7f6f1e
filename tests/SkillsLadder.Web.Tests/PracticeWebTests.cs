using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Online practice over HTTP: an organizer builds a bank by upload (a bad row refused by its number) and opens a
/// round by API; a worker starts it twice (one attempt) and hands in; another worker takes it through the pages,
/// the answer sheet posted back as a plain form (radio buttons and check boxes, no script).
/// </summary>
public sealed partial class PracticeWebTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly string[] Headers = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "分值"];

    private async Task<int> WorkerAsync(int sequence) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker($"练兵{sequence}", TestData.IdNumber(new DateOnly(1992, 2, 2), sequence), app.EnterpriseId, app.OccupationId, new DateOnly(2014, 1, 1), true);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });

    private static MultipartFormDataContent Upload(bool dryRun, params object?[][] rows)
    {
        var file = new ByteArrayContent(XlsxWriter.Write("题库", Headers, rows.Select(r => (IReadOnlyList<object?>)r)));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "bank.xlsx" }, { new StringContent(dryRun ? "true" : "false"), "dryRun" } };
    }

    private async Task<int> OpenRoundAsync()
    {
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var bank = await (await organizer.PostAsJsonAsync("/api/practice/banks", new { name = "车工题库", occupationId = app.OccupationId })).Content.ReadFromJsonAsync<JsonElement>();
        var bankId = bank.GetProperty("bank").GetProperty("id").GetInt32();
        object?[] single = ["单选", "主轴转速依据什么确定？", "切削速度和工件直径", "进给量", null, null, "A", 1];
        object?[] multiple = ["多选", "切削用量三要素包括：", "切削速度", "进给量", "背吃刀量", "刀具材料", "ABC", 2];

        var refused = await organizer.PostAsync($"/api/practice/banks/{bankId}/questions", Upload(false, single, multiple, ["判断", "可以带电测量。", null, null, null, null, "X", 1]));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("row 4")[0].GetString().ShouldBe("答案“X”与题型或选项不符。");
        (await app.WithDbAsync(db => db.PracticeQuestions.CountAsync(q => q.BankId == bankId))).ShouldBe(0);
        (await organizer.PostAsync($"/api/practice/banks/{bankId}/questions", Upload(false, single, multiple, ["判断", "可以带电测量。", null, null, null, null, "错", 1])))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var created = await organizer.PostAsJsonAsync("/api/practice/rounds", new
        {
            bankId, title = "车工练兵周", opensAt = DateTime.UtcNow.AddMinutes(-1), closesAt = DateTime.UtcNow.AddHours(1), durationMinutes = 20, questionCount = 3,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await created.Content.ReadFromJsonAsync<int>();
    }

    [Fact]
    public async Task A_worker_starts_once_and_hands_in_by_api_and_others_cannot_take_part()
    {
        var roundId = await OpenRoundAsync();
        var worker = await app.ClientAsAsync(AppRoles.Worker, await WorkerAsync(1));
        var first = await (await worker.PostAsync($"/api/practice/rounds/{roundId}/attempt", null)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await worker.PostAsync($"/api/practice/rounds/{roundId}/attempt", null)).Content.ReadFromJsonAsync<JsonElement>();
        again.GetProperty("id").GetInt64().ShouldBe(first.GetProperty("id").GetInt64());
        var id = first.GetProperty("id").GetInt64();

        var mark = await worker.PostAsJsonAsync($"/api/practice/attempts/{id}/hand-in", new { answers = new[] { "A", "A", "A" } });
        mark.StatusCode.ShouldBe(HttpStatusCode.OK);
        var twice = await worker.PostAsJsonAsync($"/api/practice/attempts/{id}/hand-in", new { answers = new[] { "A", "A", "A" } });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("本轮已交卷，不能重复提交。");
        var judge = await app.ClientAsAsync(AppRoles.Judge);
        (await judge.PostAsync($"/api/practice/rounds/{roundId}/attempt", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_worker_takes_a_round_through_the_pages_without_script()
    {
        var roundId = await OpenRoundAsync();
        var workerId = await WorkerAsync(2);
        var browser = await app.BrowserAsAsync(AppRoles.Worker, workerId);
        var index = await browser.GetStringAsync("/Practice/Index");
        index.ShouldContain("车工练兵周");

        var started = await browser.PostAsync($"/Practice/Index?handler=Start&roundId={roundId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(index).Groups[1].Value }));
        var sheetUrl = started.RequestMessage!.RequestUri!.AbsolutePath;
        sheetUrl.ShouldStartWith("/Practice/Attempt/");
        var sheet = await started.Content.ReadAsStringAsync();
        sheet.ShouldContain("请在");
        Regex.Matches(sheet, "type=\"checkbox\" name=\"(q\\d)\"").Select(m => m.Groups[1].Value).Distinct().Count().ShouldBe(1);

        // Every box ticked on the multiple choice (posted once per box, as a browser does), "A" or "F" elsewhere.
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token().Match(sheet).Groups[1].Value) };
        foreach (Match q in Regex.Matches(sheet, "type=\"(radio|checkbox)\" name=\"(q\\d)\" value=\"([A-FT])\""))
            if (q.Groups[1].Value == "checkbox" || q.Groups[3].Value is "A" or "F") fields.Add(new(q.Groups[2].Value, q.Groups[3].Value));
        var handedIn = await browser.PostAsync(sheetUrl, new FormUrlEncodedContent(fields));
        var result = await handedIn.Content.ReadAsStringAsync();
        result.ShouldContain("得分 2 / 4"); // single A right, ABCD against ABC wrong, 判断 F right

        var attempt = await app.WithDbAsync(db => db.PracticeAttempts.SingleAsync(a => a.WorkerId == workerId));
        (attempt.Status, attempt.Score).ShouldBe((AttemptStatus.Submitted, 2));
        attempt.Answers!.Split('|').Order().ShouldBe(["A", "ABCD", "F"]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
