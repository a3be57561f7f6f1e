using System.Net;
using System.Net.Http.Json;

namespace SkillsLadder.Web.Tests;

public sealed class LanguageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Chinese_is_the_default_whatever_the_browser_asks_for()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = await client.GetStringAsync("/Account/Login");

        html.ShouldContain("<html lang=\"zh-CN\">");
        html.ShouldContain("用户名");
    }

    [Fact]
    public async Task The_switch_turns_pages_messages_and_level_names_into_English_and_back()
    {
        var hr = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);

        var english = await hr.PostFormAsync("/Culture?returnUrl=%2FDirectory%2FWorkers%2FCreate", new Dictionary<string, string> { ["culture"] = "en" });
        english.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Directory/Workers/Create"); // back where the reader was
        var form = await english.Content.ReadAsStringAsync();
        form.ShouldContain("<html lang=\"en\">");
        form.ShouldContain("Register worker");
        form.ShouldContain("Senior technician");
        var refused = await (await hr.PostFormAsync("/Directory/Workers/Create", new Dictionary<string, string>
            { ["Command.NationalIdNumber"] = "330102199003071231", ["Command.FullName"] = "孙丽", ["Command.HireDate"] = "2016-03-01" })).Content.ReadAsStringAsync();
        refused.ShouldContain("The ID number&#x27;s check digit is wrong.");

        var chinese = await hr.PostFormAsync("/Culture?returnUrl=%2F", new Dictionary<string, string> { ["culture"] = "zh-CN" });
        (await chinese.Content.ReadAsStringAsync()).ShouldContain("企业名录");
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        var response = await app.CreateClient().PostFormAsync("/Culture", new Dictionary<string, string> { ["culture"] = "xx" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Api_errors_follow_the_requested_language()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var chinese = await (await admin.PostAsJsonAsync("/api/enterprises", new { name = "x" })).Content.ReadAsStringAsync();
        var english = await (await admin.PostAsJsonAsync("/api/enterprises?culture=en", new { name = "x" })).Content.ReadAsStringAsync();

        chinese.ShouldContain("输入有误");
        english.ShouldContain("Invalid input");
        english.ShouldContain("An enterprise name has 2–100 characters.");
    }
}
