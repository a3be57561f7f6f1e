using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Web.Tests;

public sealed class DirectoryApiTests(WebApp app) : IClassFixture<WebApp>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await app.ClientAsAsync(AppRoles.Admin);

    public Task DisposeAsync() => Task.CompletedTask;

    private object Enterprise(int serial, string name = "杭州之江机电有限公司") =>
        new { name, creditCode = TestData.CreditCode(serial), industryId = app.IndustryId, district = "西湖区" };

    [Fact]
    public async Task Bad_input_gets_400_problem_details_with_a_message_per_field_and_writes_nothing()
    {
        var before = await app.WithDbAsync(db => db.Enterprises.CountAsync());

        var response = await _client.PostAsJsonAsync("/api/enterprises",
            new { name = new string('厂', 101), creditCode = "91350100M000100Y44", industryId = app.IndustryId, district = "西湖区" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        errors.GetProperty("name")[0].GetString()!.ShouldContain("100");
        errors.GetProperty("creditCode")[0].GetString()!.ShouldContain("校验位");
        (await app.WithDbAsync(db => db.Enterprises.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_duplicate_credit_code_is_a_400_on_the_credit_code_field()
    {
        var response = await _client.PostAsJsonAsync("/api/enterprises", Enterprise(100));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("creditCode")[0].GetString()!.ShouldContain("杭州钱塘电气有限公司");
    }

    [Fact]
    public async Task Create_answers_201_with_location_and_the_stored_enterprise()
    {
        var response = await _client.PostAsJsonAsync("/api/enterprises", Enterprise(101));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/enterprises/{created.GetProperty("id").GetInt32()}");
        var fetched = await _client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        fetched.GetProperty("creditCode").GetString().ShouldBe(TestData.CreditCode(101));
        fetched.GetProperty("industryName").GetString().ShouldBe("电气机械和器材制造业");
    }

    [Fact]
    public async Task A_stale_edit_is_409_and_keeps_the_newer_data()
    {
        var created = await (await _client.PostAsJsonAsync("/api/enterprises", Enterprise(102))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        var edit = new { version = 0, name = "杭州之江机电股份有限公司", creditCode = TestData.CreditCode(102), industryId = app.IndustryId, district = "西湖区" };
        (await _client.PutAsJsonAsync($"/api/enterprises/{id}", edit)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await _client.PutAsJsonAsync($"/api/enterprises/{id}", edit with { name = "过时的名称" });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("stale_version");
        (await _client.GetFromJsonAsync<JsonElement>($"/api/enterprises/{id}")).GetProperty("name").GetString().ShouldBe("杭州之江机电股份有限公司");
    }

    [Theory]
    [InlineData("/api/enterprises/424242")]
    [InlineData("/api/workers/424242")]
    public async Task Unknown_ids_are_404_problem_details(string url)
    {
        var response = await _client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_without_internals()
    {
        var response = await _client.PostAsync("/api/workers", new StringContent("{\"fullName\": ", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task A_worker_created_through_the_api_is_listed_with_a_masked_id_number_for_an_organizer()
    {
        var idNumber = TestData.IdNumber(new DateOnly(1991, 11, 2), 57);
        var response = await _client.PostAsJsonAsync("/api/workers", new
        {
            fullName = "周晓东", nationalIdNumber = idNumber, enterpriseId = app.EnterpriseId, occupationId = app.OccupationId, hireDate = "2015-04-01",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);

        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var page = await organizer.GetFromJsonAsync<JsonElement>($"/api/workers?search=晓东&enterpriseId={app.EnterpriseId}");

        var item = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("nationalIdNumber").GetString().ShouldBe(idNumber[..3] + "***********" + idNumber[14..]);
        page.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }
}
