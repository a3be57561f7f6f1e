using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Web.Tests;

public sealed class CompetitionWebTests(WebApp app) : IClassFixture<WebApp>
{
    private object NewCompetition(string name, int? copyFrom = null) => new
    {
        name, level = "City", occupationId = app.OccupationId, organizer = "市总工会", venue = "市实训基地",
        startsOn = "2026-10-10", endsOn = "2026-10-11", teamSize = 1, copySchemeFromId = copyFrom,
    };

    private static MultipartFormDataContent Upload(byte[] content, string fileName, int version) => new()
    {
        { new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName },
        { new StringContent(version.ToString()), "version" },
    };

    [Fact]
    public async Task An_organizer_builds_a_scheme_by_api_and_a_second_competition_imports_it_from_excel()
    {
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var first = await (await organizer.PostAsJsonAsync("/api/competitions", NewCompetition("2026年钳工技能竞赛"))).Content.ReadFromJsonAsync<JsonElement>();
        var firstId = first.GetProperty("id").GetInt32();
        var scheme = SchemeInput.From(CompetitionData.StandardScheme());
        var put = await organizer.PutAsJsonAsync($"/api/competitions/{firstId}/scheme", new { version = 0, components = scheme.Components }, WebJson);
        put.StatusCode.ShouldBe(HttpStatusCode.OK);

        var excel = await organizer.GetByteArrayAsync($"/api/competitions/{firstId}/scheme.xlsx");
        var second = await (await organizer.PostAsJsonAsync("/api/competitions", NewCompetition("2027年钳工技能竞赛"))).Content.ReadFromJsonAsync<JsonElement>();
        var secondId = second.GetProperty("id").GetInt32();

        var judge = await app.ClientAsAsync(AppRoles.Judge);
        (await judge.PostAsync($"/api/competitions/{secondId}/scheme/import", Upload(excel, "scheme.xlsx", 0))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var imported = await organizer.PostAsync($"/api/competitions/{secondId}/scheme/import", Upload(excel, "scheme.xlsx", 0));
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await imported.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("version").GetInt32().ShouldBe(1);
        view.GetProperty("problems").GetArrayLength().ShouldBe(0);
        var loaded = await app.WithDbAsync(db => db.Competitions.Include(c => c.Components).ThenInclude(m => m.Criteria).ThenInclude(k => k.Aspects)
            .SingleAsync(c => c.Id == secondId));
        JsonSerializer.Serialize(loaded.SchemeDefinition()).ShouldBe(JsonSerializer.Serialize(CompetitionData.StandardScheme()));
    }

    [Fact]
    public async Task A_scheme_file_with_bad_rows_names_each_row_and_replaces_nothing()
    {
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var created = await (await organizer.PostAsJsonAsync("/api/competitions", NewCompetition("2026年电工技能竞赛"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        var file = XlsxWriter.Write("评分方案", SchemeSpreadsheet.Headers,
        [
            ["实际操作", "实操", 100, "A", "接线", "A1", "接线正确", "测量", 60, 0.5, "平均", 5, null, null, null, null],
            ["实际操作", "实操", 100, "A", "接线", "A2", "通电试验", "估计", "四十", 0.5, "平均", 5, null, null, null, null],
            ["实际操作", "实操", 100, "B", "规范", "B1", "安全", "评判", 40, null, "众数", 1, "差", "中", "良", "优"],
        ]);

        var response = await organizer.PostAsync($"/api/competitions/{id}/scheme/import", Upload(file, "scheme.xlsx", 0));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("第 3 行")[0].GetString()!.ShouldContain("类型");
        errors.GetProperty("第 3 行")[0].GetString()!.ShouldContain("满分");
        errors.GetProperty("第 4 行")[0].GetString()!.ShouldContain("汇总方式");
        errors.TryGetProperty("第 2 行", out _).ShouldBeFalse();
        (await app.WithDbAsync(db => db.MarkingComponents.CountAsync(c => c.CompetitionId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task Through_the_pages_an_organizer_creates_a_competition_with_a_copied_scheme_and_opens_registration()
    {
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var source = await (await organizer.PostAsJsonAsync("/api/competitions", NewCompetition("2025年车工技能竞赛"))).Content.ReadFromJsonAsync<JsonElement>();
        var sourceId = source.GetProperty("id").GetInt32();
        await organizer.PutAsJsonAsync($"/api/competitions/{sourceId}/scheme",
            new { version = 0, components = SchemeInput.From(CompetitionData.StandardScheme()).Components }, WebJson);
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);

        var created = await browser.PostFormAsync("/Competitions/Create", new Dictionary<string, string>
        {
            ["Command.Name"] = "2026年车工技能竞赛", ["Command.Level"] = "City", ["Command.Class"] = "Unclassified",
            ["Command.OccupationId"] = app.OccupationId.ToString(), ["Command.Organizer"] = "市总工会", ["Command.Venue"] = "实训基地",
            ["Command.StartsOn"] = "2026-11-01", ["Command.EndsOn"] = "2026-11-02", ["Command.TeamSize"] = "1",
            ["Command.CopySchemeFromId"] = sourceId.ToString(),
        });
        var detailsPath = created.RequestMessage!.RequestUri!.AbsolutePath;
        detailsPath.ShouldMatch(@"^/Competitions/\d+$");
        (await created.Content.ReadAsStringAsync()).ShouldContain("开始报名");

        var opened = await browser.PostFormAsync($"{detailsPath}?handler=Status", new Dictionary<string, string> { ["to"] = "Registration" });
        var html = await opened.Content.ReadAsStringAsync();
        html.ShouldContain("竞赛状态已更新");
        html.ShouldContain("草稿 → 报名中");

        var tooEarly = await browser.PostFormAsync($"{detailsPath}?handler=Status", new Dictionary<string, string> { ["to"] = "Marking" });
        (await tooEarly.Content.ReadAsStringAsync()).ShouldContain("尚无有效报名，不能开始评分");
        var id = int.Parse(detailsPath.Split('/')[^1]);
        (await app.WithDbAsync(db => db.Competitions.SingleAsync(c => c.Id == id))).Status.ShouldBe(CompetitionStatus.Registration);
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
