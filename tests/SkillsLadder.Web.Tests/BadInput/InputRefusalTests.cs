using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Web.Tests.BadInput;

/// <summary>
/// The refusals that used to be a 500 or were taken (issue 17, items 3–5): an unknown charset, a spreadsheet with a
/// DTD, a mark with a NUL, a wage agreement for an area with no minimum wage, a body id that is not the path's.
/// </summary>
public sealed class InputRefusalTests(BadInputCity city) : IClassFixture<BadInputCity>, IAsyncLifetime
{
    public Task InitializeAsync() => city.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private string Id(string key) => city.Ids[key];

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task A_json_body_in_an_unknown_charset_is_415_with_problem_details_in_both_languages()
    {
        foreach (var (culture, detail) in new[] { ("", "字符集"), ("?culture=en", "charset is not supported") })
        {
            var content = new StringContent("{\"fullName\":\"x\"}");
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=x-bogus");

            var problem = await ProblemAsync(await city.Admin.PostAsync($"/api/workers{culture}", content), HttpStatusCode.UnsupportedMediaType);

            problem.GetProperty("code").GetString().ShouldBe("unsupported_media_type");
            problem.GetProperty("detail").GetString()!.ShouldContain(detail);
        }
    }

    [Theory]
    [InlineData("/api/competitions/{registration}/entrants/import")]
    [InlineData("/api/competitions/{competition}/theory/import")]
    [InlineData("/api/competitions/{registration}/scheme/import")]
    [InlineData("/api/practice/banks/{bank}/questions")]
    public async Task A_spreadsheet_declaring_a_dtd_is_400_naming_the_file_on_every_reader(string pattern)
    {
        var url = city.Ids.Aggregate(pattern, (u, id) => u.Replace($"{{{id.Key}}}", id.Value));
        foreach (var (culture, words) in new[] { ("", "含有") , ("?culture=en", "declares a DTD") })
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent("1"), "version" },
                { new ByteArrayContent(BadInputFiles.Make("dtd")), "file", "dtd-probe.xlsx" },
            };

            var problem = await ProblemAsync(await city.Admin.PostAsync(url + culture, form), HttpStatusCode.BadRequest);

            var message = problem.GetProperty("errors").GetProperty("file")[0].GetString()!;
            message.ShouldContain("dtd-probe.xlsx");
            if (culture == "") message.ShouldContain("DTD");
            else message.ShouldContain(words);
        }
    }

    [Fact]
    public async Task A_mark_with_a_nul_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var url = $"/api/competitions/{Id("competition")}/sheets/{Id("panel")}/{Id("entrant2")}";
        var judge = int.Parse(Id("li"));
        var entrant = int.Parse(Id("entrant2"));

        var problem = await ProblemAsync(await city.Admin.PutAsJsonAsync(url,
            new { version = 0, judgeId = judge, entries = new[] { new { aspectCode = "A1", value = "20\u0000" } } }), HttpStatusCode.BadRequest);
        var english = await ProblemAsync(await city.Admin.PutAsJsonAsync(url + "?culture=en",
            new { version = 0, judgeId = judge, entries = new[] { new { aspectCode = "B1", value = "2" }, new { aspectCode = "A1", value = "\u001b20" } } }),
            HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("entries[0].value")[0].GetString()!.ShouldContain("控制字符");
        english.GetProperty("errors").GetProperty("entries[1].value")[0].GetString()!.ShouldContain("control characters");
        (await city.WithDbAsync(db => db.ScoreSheets.CountAsync(s => s.EntrantId == entrant && s.JudgeId == judge))).ShouldBe(0);
    }

    [Fact]
    public async Task A_wage_agreement_for_an_area_without_a_minimum_wage_is_400_naming_the_area()
    {
        var before = await city.WithDbAsync(db => db.WageAgreements.CountAsync());

        var problem = await ProblemAsync(await city.Admin.PostAsJsonAsync("/api/bargaining/agreements", new
        {
            title = "无地区协议", scope = "Enterprise", enterpriseId = city.EnterpriseId, minimumWageArea = "不存在的最低工资地区", offeredBy = "Union",
            offerText = "工会就技能等级工资提出协商要约，请书面回应。", offeredOn = "2026-01-05", termMonths = 24, payRule = "NextPayMonth",
        }), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("minimumWageArea")[0].GetString()!.ShouldContain("最低工资标准地区");
        (await city.WithDbAsync(db => db.WageAgreements.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_put_whose_body_names_another_record_than_the_path_is_400_naming_the_id()
    {
        var worker = int.Parse(Id("worker"));
        var name = await city.WithDbAsync(db => db.Workers.Where(w => w.Id == worker).Select(w => w.FullName).SingleAsync());
        var body = new { id = worker + 697, fullName = "改名的人", version = 0 };

        var problem = await ProblemAsync(await city.Admin.PutAsJsonAsync($"/api/workers/{worker}?culture=en", body), HttpStatusCode.BadRequest);
        var enterprise = await ProblemAsync(await city.Admin.PutAsJsonAsync($"/api/enterprises/{city.EnterpriseId}", new { id = city.EnterpriseId + 1, name = "x" }),
            HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("id")[0].GetString().ShouldBe("The id in the request body differs from the id in the address.");
        enterprise.GetProperty("errors").GetProperty("id")[0].GetString().ShouldBe("请求体中的编号与地址中的编号不一致。");
        (await city.WithDbAsync(db => db.Workers.Where(w => w.Id == worker).Select(w => w.FullName).SingleAsync())).ShouldBe(name);
    }

    [Fact]
    public async Task A_control_character_in_a_search_or_name_is_refused_wherever_the_request_goes()
    {
        var search = await ProblemAsync(await city.Admin.GetAsync("/api/workers?search=%00"), HttpStatusCode.BadRequest);
        var bank = await ProblemAsync(await city.Admin.PostAsJsonAsync("/api/practice/banks", new { name = "题库\u0085", occupationId = city.OccupationId }),
            HttpStatusCode.BadRequest);

        search.GetProperty("errors").EnumerateObject().Single().Value[0].GetString()!.ShouldContain("控制字符");
        bank.GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("控制字符");
        // Tabs and line breaks are text, not control: a multi-line name is refused for its own reasons, not as control.
        var multiLine = await city.Admin.PostAsJsonAsync("/api/practice/banks", new { name = "第一行\r\n第二行\t完", occupationId = city.OccupationId });
        (await multiLine.Content.ReadAsStringAsync()).ShouldNotContain("控制字符");
    }
}

/// <summary>The 431 over a real socket: Kestrel's own limit answers before any middleware, so ours must come first.</summary>
public sealed class HeaderLimitTests : IAsyncLifetime
{
    private readonly WebApp _app = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        _app.UseKestrel(0);
        _app.StartServer();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_100000_character_idempotency_key_gets_431_with_problem_details_from_kestrel()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/competitions/1/sheets/1/1?culture=en")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 100_000));

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestHeaderFieldsTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(431);
        problem.GetProperty("code").GetString().ShouldBe("headers_too_large");
        problem.GetProperty("title").GetString().ShouldBe("Request headers too large");
        client.BaseAddress!.IsDefaultPort.ShouldBeFalse("the request must go over a socket, not the in-memory test server");
    }
}
