using System.Net;
using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Web.Tests;

/// <summary>Forms as enterprise HR uses them: HR registers its own people and sees ID numbers masked.</summary>
public sealed class DirectoryPageTests(WebApp app) : IClassFixture<WebApp>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);

    public Task DisposeAsync() => Task.CompletedTask;

    private Dictionary<string, string> Worker(string idNumber, string name = "孙丽") => new()
    {
        ["Command.NationalIdNumber"] = idNumber, ["Command.FullName"] = name,
        ["Command.EnterpriseId"] = app.EnterpriseId.ToString(), ["Command.OccupationId"] = app.OccupationId.ToString(),
        ["Command.HireDate"] = "2016-03-01", ["Command.IsUnionMember"] = "true",
    };

    [Fact]
    public async Task A_bad_id_number_is_shown_beside_its_input_and_nothing_is_written()
    {
        var response = await _client.PostFormAsync("/Directory/Workers/Create", Worker("330102199003071231"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-valmsg-for=\"Command.NationalIdNumber\"");
        html.ShouldContain("身份证号码校验位不正确");
        (await app.WithDbAsync(db => db.Workers.CountAsync(w => w.FullName == "孙丽"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_valid_worker_is_saved_and_the_browser_is_sent_to_the_details_page()
    {
        var idNumber = TestData.IdNumber(new DateOnly(1993, 5, 6), 88);

        var response = await _client.PostFormAsync("/Directory/Workers/Create", Worker(idNumber, "钱多多"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK); // the test client follows the redirect
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Directory/Workers/Details/");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("钱多多");
        html.ShouldContain(idNumber[..3] + "***********" + idNumber[14..]);
        html.ShouldNotContain(idNumber);
    }

    [Fact]
    public async Task A_duplicate_credit_code_and_an_over_long_name_are_shown_on_the_enterprise_form()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        var response = await admin.PostFormAsync("/Directory/Enterprises/Create", new Dictionary<string, string>
        {
            ["Command.Name"] = new string('厂', 101), ["Command.CreditCode"] = TestData.CreditCode(100),
            ["Command.IndustryId"] = app.IndustryId.ToString(), ["Command.District"] = "钱塘区",
        });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("企业名称应为 2–100 个字");
        (await app.WithDbAsync(db => db.Enterprises.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        var response = await admin.PostAsync("/Directory/Enterprises/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Command.Name"] = "伪造请求有限公司", ["Command.CreditCode"] = TestData.CreditCode(300),
            ["Command.IndustryId"] = app.IndustryId.ToString(), ["Command.District"] = "钱塘区",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "伪造请求有限公司"))).ShouldBe(0);
    }

    [Fact]
    public async Task The_directory_lists_search_and_page()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        var list = await admin.GetStringAsync("/Directory/Enterprises?q=钱塘");
        list.ShouldContain("杭州钱塘电气有限公司");
        (await admin.GetStringAsync("/Directory/Enterprises?q=不存在的企业")).ShouldContain("没有符合条件的企业");
        (await _client.GetAsync("/Directory/Workers?page=99999")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_certificate_is_registered_from_the_worker_page_and_raises_the_level()
    {
        var created = await _client.PostFormAsync("/Directory/Workers/Create", Worker(TestData.IdNumber(new DateOnly(1985, 2, 2), 11), "吴建华"));
        var detailsUrl = created.RequestMessage!.RequestUri!.AbsolutePath;
        var seniorId = await app.WithDbAsync(db => db.SkillLevels.Where(l => l.Code == "Senior").Select(l => l.Id).SingleAsync());
        var certificate = new Dictionary<string, string>
        {
            ["Certificate.Number"] = TestData.CertificateNumber('S', 2, 77), ["Certificate.SkillLevelId"] = seniorId.ToString(),
            ["Certificate.IssuedOn"] = "2020-06-01", ["Certificate.Issuer"] = "杭州市职业技能鉴定指导中心", ["Certificate.RaisesLevel"] = "true",
        };

        var refused = await (await _client.PostFormAsync(detailsUrl + "?handler=AddCertificate", certificate)).Content.ReadAsStringAsync();
        certificate["Certificate.Number"] = TestData.CertificateNumber('S', 3, 77);
        var accepted = await (await _client.PostFormAsync(detailsUrl + "?handler=AddCertificate", certificate)).Content.ReadAsStringAsync();

        refused.ShouldContain("data-valmsg-for=\"Certificate.Number\"");
        refused.ShouldContain("与等级“高级工”的代码 3 不符");
        accepted.ShouldContain("证书已登记");
        accepted.ShouldContain(TestData.CertificateNumber('S', 3, 77));
        (await app.WithDbAsync(db => db.Workers.Where(w => w.FullName == "吴建华").Select(w => w.CurrentSkillLevelId).SingleAsync())).ShouldBe(seniorId);
    }

    [Fact]
    public async Task The_second_page_of_the_list_shows_the_next_workers()
    {
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
                db.Add(new SkillsLadder.Domain.People.Worker($"翻页{i:D2}", TestData.IdNumber(new DateOnly(1980, 1, 1).AddDays(i), 500 + i),
                    app.EnterpriseId, app.OccupationId, new DateOnly(2010, 1, 1), true));
            return await db.SaveChangesAsync();
        });

        var first = await _client.GetStringAsync("/Directory/Workers?q=翻页");
        var second = await _client.GetStringAsync("/Directory/Workers?q=翻页&page=2");

        first.ShouldContain("翻页00");
        first.ShouldNotContain("翻页24");
        second.ShouldContain("翻页24");
        second.ShouldNotContain("翻页00");
    }
}
